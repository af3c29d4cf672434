/**
 * Roles, weakest first. A method names the weakest role that may call it.
 * viewer (lãnh đạo): reads, reports, exports · clerk (cán bộ): enters and edits records, prints
 * certificates · admin (quản trị): accounts, settings, backups, restore, overrides.
 */
export const ROLES = ['viewer', 'clerk', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may call a method: a role, or 'anyone' for the few methods a caller needs before signing in
 * (auth.login, auth.logout, auth.me, auth.setup). Every other method requires a signed-in caller.
 */
export type MethodRole = Role | 'anyone';

/** Who is calling, as the core resolved it from the transport's credential (src-main/contract/credential.ts). */
export interface Caller {
  role: Role;
  /** The account's username, or 'cli' / 'web' for an owner principal. Never logged with personal data. */
  name: string;
  /** The account's id; null for an owner principal (the CLI, the loopback web token holder). */
  userId: string | null;
}

/** True when a caller of role `have` may call a method declared for `need`. */
export function roleAllows(have: Role, need: MethodRole): boolean {
  if (need === 'anyone') return true;
  return ROLES.indexOf(have) >= ROLES.indexOf(need);
}
