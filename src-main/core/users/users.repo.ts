import type { ReadDb, WriteTx } from '../db/types';
import type { PasswordHash } from '../auth/password';
import type { Role } from '../api/roles';
import type { UserRecord } from './user';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  disabled: number;
  created_at: string;
  updated_at: string;
  version: number;
}

// The password columns are named only in the two functions that need them, never in this list.
const COLUMNS = 'id, username, display_name, role, disabled, created_at, updated_at, version';

function toRecord(r: UserRow): UserRecord {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    disabled: r.disabled === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export function listUsers(db: ReadDb): UserRecord[] {
  return db.all<UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY username`).map(toRecord);
}

export function userById(db: ReadDb, id: string): UserRecord | null {
  const row = db.get<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`, [id]);
  return row ? toRecord(row) : null;
}

/** Ignoring case: 'Lan' and 'lan' are one account. */
export function userByUsername(db: ReadDb, username: string): UserRecord | null {
  const row = db.get<UserRow>(`SELECT ${COLUMNS} FROM users WHERE username = ?`, [username]);
  return row ? toRecord(row) : null;
}

export function countUsers(db: ReadDb): number {
  return db.get<{ n: number }>('SELECT COUNT(*) AS n FROM users')?.n ?? 0;
}

/** Administrators who can sign in (not disabled). */
export function countActiveAdmins(db: ReadDb): number {
  return db.get<{ n: number }>("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled = 0")?.n ?? 0;
}

/** The stored password of an account, for checking a sign-in only. */
export function passwordOf(db: ReadDb, id: string): PasswordHash | null {
  const row = db.get<{ password_hash: string; password_salt: string; password_params: string }>(
    'SELECT password_hash, password_salt, password_params FROM users WHERE id = ?',
    [id],
  );
  return row ? { hash: row.password_hash, salt: row.password_salt, params: row.password_params } : null;
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  password: PasswordHash;
  now: string;
}

export function insertUser(tx: WriteTx, u: NewUser): void {
  tx.run(
    `INSERT INTO users (id, username, display_name, role, disabled, password_hash, password_salt, password_params, created_at, updated_at)
     VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`,
    [u.id, u.username, u.displayName, u.role, u.password.hash, u.password.salt, u.password.params, u.now, u.now],
  );
}

/** Writes the account's profile fields; each write bumps its version. */
export function updateUser(tx: WriteTx, u: Pick<UserRecord, 'id' | 'displayName' | 'role' | 'disabled'>, now: string): void {
  tx.run('UPDATE users SET display_name = ?, role = ?, disabled = ?, updated_at = ?, version = version + 1 WHERE id = ?', [
    u.displayName,
    u.role,
    u.disabled ? 1 : 0,
    now,
    u.id,
  ]);
}

export function setPassword(tx: WriteTx, id: string, password: PasswordHash, now: string): void {
  tx.run('UPDATE users SET password_hash = ?, password_salt = ?, password_params = ?, updated_at = ?, version = version + 1 WHERE id = ?', [
    password.hash,
    password.salt,
    password.params,
    now,
    id,
  ]);
}
