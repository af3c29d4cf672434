import type { Store } from '../db/types';
import type { AuthState } from '../auth/auth-state';
import type { AuditTrail } from '../audit/audit-trail';
import type { ChangeFeed } from './change-feed';
import type { ProgressFeed } from './progress-feed';

/** What the core was opened with; handlers reach files and the database through it. */
export interface CoreEnv {
  store: Store;
  /** Folder with fonts, certificate layouts and seed data (`resources/`). */
  resourcesDir: string;
  /** Folder for backups and generated files of this office's database. */
  dataDir: string;
  /** The call clock; tests pass a fixed one. */
  clock(): Date;
  /** The writes of this run, for `changes.since` and the transports' push; absent: no feed. */
  changes?: ChangeFeed;
  /** Open sessions and sign-in lockouts (in memory: a restart signs everyone out). */
  auth: AuthState;
  /** The audit trail (nhật ký thao tác); absent: calls are not audited (a bare store in a db test). */
  audit?: AuditTrail;
  /** How far the running call has gone (a package built or applied), for the host to relay; absent: not reported. */
  progress?: ProgressFeed;
}
