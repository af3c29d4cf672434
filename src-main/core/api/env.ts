import type { Store } from '../db/types';
import type { AuthState } from '../auth/auth-state';
import type { ChangeFeed } from './change-feed';

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
}
