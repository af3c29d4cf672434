/**
 * What the signed-in role may do, decided in this one place: pages and grids ask `can(action)` and hide
 * what the answer refuses. Hiding is only courtesy; the core checks each method's role and refuses with
 * FORBIDDEN whatever the page shows.
 */
import { roleAllows, type Role } from '../../src-main/contract/roles';
import { currentRole } from './session';

/** The weakest role that may do each thing (mirrors the methods' roles in the contract). */
const NEEDS = {
  /** Add, edit, delete and paste records; import lists. */
  edit: 'clerk',
  /** Print certificates and decisions. */
  print: 'clerk',
  /** Cài đặt: office settings, emblem. */
  settings: 'admin',
  backups: 'admin',
  restore: 'admin',
  accounts: 'admin',
  /** Trao đổi dữ liệu: the office's identity, sending and receiving packages, registering offices. */
  exchange: 'admin',
  /** Nhật ký thao tác → Xuất Excel (audit.exportXlsx). */
  auditExport: 'admin',
  /** Overriding a rule's warning. */
  override: 'admin',
  /** Danh mục: adding, renaming, retiring catalogue entries. */
  catalogues: 'admin',
  /** The unit list itself: importing, retiring, merging and restoring units. */
  unitList: 'admin',
} as const satisfies Record<string, Role>;

export type Action = keyof typeof NEEDS;

/** True when the current role may do `action`; reactive (reads the session's signals). */
export function can(action: Action): boolean {
  return roleAllows(currentRole(), NEEDS[action]);
}

/** The role's Vietnamese name, as the accounts page and the header show it. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = { admin: 'Quản trị', clerk: 'Cán bộ', viewer: 'Lãnh đạo' };
