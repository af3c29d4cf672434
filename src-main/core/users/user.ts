import type { Role } from '../api/roles';

/** An account as the core holds it, without its password. */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}
