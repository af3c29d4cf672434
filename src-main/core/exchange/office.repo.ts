import type { OfficeLevel } from '../../contract/exchange/office';
import type { ReadDb, WriteTx } from '../db/types';

/** This database's office as stored, private key included: only the signer reads `privateKey`. */
export interface StoredOffice {
  id: string;
  code: string;
  name: string;
  level: OfficeLevel;
  parentOfficeId: string | null;
  publicKey: string;
  privateKey: string;
  createdAt: string;
  updatedAt: string;
}

export function readOffice(db: ReadDb): StoredOffice | undefined {
  return db.get<StoredOffice>(
    `SELECT id, code, name, level, parent_office_id AS parentOfficeId, public_key AS publicKey, private_key AS privateKey,
       created_at AS createdAt, updated_at AS updatedAt FROM exchange_office WHERE singleton = 1`,
  );
}

export function insertOffice(tx: WriteTx, o: StoredOffice): void {
  tx.run(
    `INSERT INTO exchange_office (singleton, id, code, name, level, parent_office_id, public_key, private_key, created_at, updated_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [o.id, o.code, o.name, o.level, o.parentOfficeId, o.publicKey, o.privateKey, o.createdAt, o.updatedAt],
  );
}

export function updateOffice(
  tx: WriteTx,
  o: { code: string; name: string; level: OfficeLevel; parentOfficeId: string | null },
  now: string,
): void {
  tx.run('UPDATE exchange_office SET code = ?, name = ?, level = ?, parent_office_id = ?, updated_at = ? WHERE singleton = 1', [
    o.code,
    o.name,
    o.level,
    o.parentOfficeId,
    now,
  ]);
}

/** A registered reporting office with its key. */
export interface KnownOffice {
  id: string;
  code: string;
  name: string;
  level: OfficeLevel;
  publicKey: string;
  fingerprint: string;
  addedAt: string;
  addedBy: string;
}

const KNOWN_SELECT = `SELECT id, code, name, level, public_key AS publicKey, fingerprint, added_at AS addedAt, added_by AS addedBy
  FROM exchange_offices`;

export function findKnownOffice(db: ReadDb, id: string): KnownOffice | undefined {
  return db.get<KnownOffice>(`${KNOWN_SELECT} WHERE id = ?`, [id]);
}

export function listKnownOffices(db: ReadDb): KnownOffice[] {
  return db.all<KnownOffice>(`${KNOWN_SELECT} ORDER BY name, id`);
}

export function insertKnownOffice(tx: WriteTx, o: KnownOffice): void {
  tx.run(
    'INSERT INTO exchange_offices (id, code, name, level, public_key, fingerprint, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [o.id, o.code, o.name, o.level, o.publicKey, o.fingerprint, o.addedAt, o.addedBy],
  );
}

/** The last package sent to a receiver: its number and when it was made (the next one's "since"). */
export function lastSent(db: ReadDb, receiverId: string): { sequence: number; createdAt: string } | undefined {
  return db.get<{ sequence: number; createdAt: string }>(
    'SELECT sequence, created_at AS createdAt FROM exchange_sent WHERE receiver_id = ? ORDER BY sequence DESC LIMIT 1',
    [receiverId],
  );
}

export function recordSent(
  tx: WriteTx,
  s: { receiverId: string; sequence: number; full: boolean; createdAt: string; counts: string },
): void {
  tx.run('INSERT INTO exchange_sent (receiver_id, sequence, full, created_at, counts) VALUES (?, ?, ?, ?, ?)', [
    s.receiverId,
    s.sequence,
    s.full ? 1 : 0,
    s.createdAt,
    s.counts,
  ]);
}

/** One applied package (undone ones included). */
export interface ReceivedRow {
  seq: number;
  officeId: string;
  sequence: number;
  appliedAt: string;
  appliedBy: string;
  counts: string;
  undoneAt: string | null;
}

const RECEIVED_SELECT = `SELECT seq, sender_id AS officeId, sequence, applied_at AS appliedAt, applied_by AS appliedBy, counts,
  undone_at AS undoneAt FROM exchange_received`;

/** The newest package of the sender still in effect (not undone). */
export function lastApplied(db: ReadDb, senderId: string): ReceivedRow | undefined {
  return db.get<ReceivedRow>(`${RECEIVED_SELECT} WHERE sender_id = ? AND undone_at IS NULL ORDER BY seq DESC LIMIT 1`, [senderId]);
}

export function listReceived(db: ReadDb, senderId: string | null): ReceivedRow[] {
  return senderId === null
    ? db.all<ReceivedRow>(`${RECEIVED_SELECT} ORDER BY seq DESC LIMIT 500`)
    : db.all<ReceivedRow>(`${RECEIVED_SELECT} WHERE sender_id = ? ORDER BY seq DESC LIMIT 500`, [senderId]);
}

/** Records the applied package; answers its row number, which the undo steps refer to. */
export function recordReceived(
  tx: WriteTx,
  r: { senderId: string; sequence: number; packageCreatedAt: string; appliedAt: string; appliedBy: string; counts: string },
): number {
  const seq = (tx.get<{ n: number | null }>('SELECT MAX(seq) AS n FROM exchange_received')?.n ?? 0) + 1;
  tx.run(
    `INSERT INTO exchange_received (seq, sender_id, sequence, package_created_at, applied_at, applied_by, counts)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [seq, r.senderId, r.sequence, r.packageCreatedAt, r.appliedAt, r.appliedBy, r.counts],
  );
  return seq;
}

export function markUndone(tx: WriteTx, seq: number, now: string): void {
  tx.run('UPDATE exchange_received SET undone_at = ? WHERE seq = ?', [now, seq]);
}
