import { ChangeFeed } from '../api/change-feed';
import { ProgressFeed } from '../api/progress-feed';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createDispatcher, type Dispatch, type ErrorLogger } from '../api/dispatch';
import { typedCall, type TypedCall } from '../api/typed-call';
import type { CoreEnv } from '../api/env';
import { openFileStore } from '../db/file-store';
import { openMemoryStore } from '../db/memory-store';
import { createAuthState, type ScryptParams } from '../auth';
import { methods, migrations } from './domains';
import { AuditTrail } from '../audit';

export interface CoreOptions {
  /** The office database file; null opens an in-memory database (tests, benchmarks). */
  dbPath: string | null;
  /** The app's `resources/` folder (fonts, layouts). */
  resourcesDir: string;
  /** Where backups and generated files go; defaults to the database's folder (a temp folder in memory). */
  dataDir?: string;
  clock?: () => Date;
  log?: ErrorLogger;
  /** scrypt cost of new passwords; only tests and benchmarks pass a cheaper one (the default is auth/password.ts). */
  scrypt?: ScryptParams;
}

/** The opened core: what every transport (IPC, HTTP, CLI) and every test talks to. */
export interface Core {
  env: CoreEnv;
  /** Untyped, for the transports that relay raw input from outside (IPC, HTTP). */
  dispatch: Dispatch;
  /** The same call, typed by method name: what the CLI, tests and benchmarks use. */
  call: TypedCall;
  close(): void;
}

export async function openCore(opts: CoreOptions): Promise<Core> {
  const clock = opts.clock ?? (() => new Date());
  const dbPath = opts.dbPath ? resolve(opts.dbPath) : null;
  const store = dbPath ? await openFileStore(dbPath, { migrations, clock }) : await openMemoryStore(migrations);
  const env: CoreEnv = {
    store,
    resourcesDir: resolve(opts.resourcesDir),
    dataDir: opts.dataDir ?? (dbPath ? dirname(dbPath) : mkdtempSync(join(tmpdir(), 'antq-'))),
    clock,
    changes: new ChangeFeed(),
    progress: new ProgressFeed(),
    auth: createAuthState(opts.scrypt),
    audit: new AuditTrail(store),
  };
  const dispatch = createDispatcher(methods, env, opts.log);
  return { env, dispatch, call: typedCall(dispatch), close: () => store.close() };
}
