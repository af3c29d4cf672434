/**
 * Roles, weakest first. A method names the weakest role that may call it.
 * viewer: reads only · clerk: enters records · admin: catalogues, backups, restore, settings.
 */
export const ROLES = ['viewer', 'clerk', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling. Until user accounts exist, the local user and the web token holder are the admin. */
export interface Caller {
  role: Role;
  /** Shown in audit fields; never logged with personal data. */
  name: string;
}

export function roleAllows(have: Role, need: Role): boolean {
  return ROLES.indexOf(have) >= ROLES.indexOf(need);
}
