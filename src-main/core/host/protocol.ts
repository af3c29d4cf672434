/**
 * The messages between the core's worker thread and the thread that serves the window or HTTP.
 * Everything here is structured-clone data: the dispatcher's results are plain JSON already.
 */
import type { DispatchResult } from '../api/dispatch';
import type { Credential } from '../../contract/credential';
import type { CallProgress } from '../../contract/progress/call-progress';
import { StoreOpenError, type StoreOpenReason } from '../db/store-open-error';

/** What the worker opens the core with (its `workerData`); clocks and loggers cannot cross a thread. */
export interface HostedCoreOptions {
  /** The office database file; null opens an in-memory database (tests, benchmarks). */
  dbPath: string | null;
  resourcesDir: string;
  dataDir?: string;
}

/** To the worker: run one call, or close the core once the calls in progress have finished. */
export type ToWorker = { type: 'call'; id: number; name: string; input: unknown; credential: Credential } | { type: 'close' };

/**
 * From the worker. `open-failed` and `closed` are its last words; the thread then ends. `changed` says a
 * write reached the change feed; it carries nothing, readers take the changes with `changes.since`.
 * `progress` is the running call's own report (the oldest call not answered yet: calls run in order).
 */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'changed' }
  | { type: 'progress'; progress: CallProgress }
  | { type: 'open-failed'; error: CrossingError }
  | { type: 'result'; id: number; result: DispatchResult }
  | { type: 'closed' }
  | { type: 'close-failed'; message: string };

/** An error as data. A class does not survive structured cloning: its prototype and own fields are lost. */
export interface CrossingError {
  name: string;
  message: string;
  stack?: string;
  /** Set for a StoreOpenError: what the shell needs to offer the newest backup. */
  store?: { reason: StoreOpenReason; file: string; newestBackup: string | null };
}

export function errorToData(err: unknown): CrossingError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const data: CrossingError = { name: err.name, message: err.message, stack: err.stack };
  if (err instanceof StoreOpenError) data.store = { reason: err.reason, file: err.file, newestBackup: err.newestBackup };
  return data;
}

/** The same error on this side: a StoreOpenError stays one, so `recoverableBackup(err)` still works. */
export function errorFromData(data: CrossingError): Error {
  const err = data.store
    ? new StoreOpenError(data.store.reason, data.store.file, data.message, data.store.newestBackup)
    : new Error(data.message);
  err.name = data.name;
  if (data.stack) err.stack = data.stack;
  return err;
}
