import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { DispatchResult } from '../api/dispatch';
import type { FieldIssue } from '../api/errors';
import { cleanInput } from '../api/input-clean';
import type { Credential } from '../../contract/credential';
import type { CallProgress } from '../../contract/progress/call-progress';
import { typedCall, type TypedCall } from '../api/typed-call';
import { errorFromData, type FromWorker, type HostedCoreOptions, type ToWorker } from './protocol';

/** The script a worker thread runs, and the Node options it needs to run it. */
export interface WorkerEntry {
  file: string;
  execArgv?: string[];
}

export interface CoreHostOptions extends HostedCoreOptions {
  worker: WorkerEntry;
  /** Where a crash of the worker is logged (technical detail, never shown to the user); defaults to stderr. */
  log?: (line: string) => void;
  /** The core thread's heap limits; CORE_HEAP_LIMITS unless a benchmark compares others. */
  heapLimits?: ResourceLimits;
}

/** The core as a transport sees it when the core runs in a worker thread: the same calls, relayed. */
export interface CoreHost {
  /** Same contract as the dispatcher's: never throws, always an ApiResult. */
  dispatch(name: string, raw: unknown, credential: Credential): Promise<DispatchResult>;
  /** The same call typed by method name. */
  call: TypedCall;
  /** Lets calls in progress finish, then checkpoints and releases the lock; rejects when that failed. */
  close(): Promise<void>;
  /** Calls `fn` after each write the change feed records (read it with `changes.since`); returns the unsubscribe. */
  onChanged(fn: () => void): () => void;
  /** Calls `fn` with each progress report of a running call and that call's credential; returns the unsubscribe. */
  onProgress(fn: ProgressListener): () => void;
}

/** Hears a running call's progress, with the credential of whoever made the call (to tell only them). */
export type ProgressListener = (credential: Credential, progress: CallProgress) => void;

const CRASHED: DispatchResult = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'Phần xử lý dữ liệu của ứng dụng đã dừng đột ngột. Những gì đã báo "Đã lưu" không bị mất; hãy khởi động lại ứng dụng.',
  },
};
const CLOSING: DispatchResult = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Ứng dụng đang đóng cơ sở dữ liệu nên không thực hiện thao tác này.' },
};
const NOT_CLONABLE: DispatchResult = { ok: false, error: { code: 'VALIDATION', message: 'Dữ liệu gửi lên không hợp lệ.' } };

function refused(issues: FieldIssue[]): DispatchResult {
  return { ok: false, error: { code: 'VALIDATION', message: issues[0]?.message ?? 'Dữ liệu gửi lên không hợp lệ.', issues } };
}

/**
 * The core thread's heap limits. V8 sizes a heap to its allocation rate and, under a high limit (Node's
 * default is ≈4 GB here), lets it grow to several times what is live: printing 10,000 certificates
 * (pdfkit and pdfmake allocate ≈60 MB between collections, ≈80 MB live) took the process from ≈220 MB
 * to ≈390 MB. Under a lower old-generation limit V8 collects sooner and grows by smaller steps, and a
 * smaller young generation does the same for short-lived objects: the print then peaks ≈240 MB
 * (`npm run bench -- certificates`). 512 MB still holds the heaviest work the core does in one call:
 * reading an imported workbook with exceljs (≈500 MB for 100,000 rows, STACK.md; a unit list has a few
 * thousand) and streaming a report's workbook (≈140 MB).
 */
export const CORE_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 12 };

/** How long a worker that answered `closed` may take to end on its own before it is stopped. */
const EXIT_GRACE_MS = 2_000;

/**
 * The worker entry for the running program: the built `core-worker.js` in `bundleDir` (the folder of
 * out/main/*.js), or the TypeScript source through tsx's require hook when run from sources (tsx, vitest).
 */
export function coreWorkerEntry(bundleDir: string): WorkerEntry {
  if (!__filename.endsWith('.ts')) return { file: join(bundleDir, 'core-worker.js') };
  return { file: join(__dirname, 'core-worker.ts'), execArgv: ['--require', createRequire(__filename).resolve('tsx/cjs')] };
}

/**
 * Opens the core in a worker thread and resolves once it is open. An open error is rebuilt on this
 * side (a StoreOpenError keeps its reason and newest backup), so callers handle it as before.
 */
export function openCoreHost(opts: CoreHostOptions): Promise<CoreHost> {
  const { worker: entry, log = (line: string) => console.error(line), heapLimits = CORE_HEAP_LIMITS, ...coreOptions } = opts;
  const worker = new Worker(entry.file, { workerData: coreOptions, execArgv: entry.execArgv, resourceLimits: heapLimits });
  const link = new WorkerLink(worker, log);
  const dispatch = (name: string, raw: unknown, credential: Credential) => link.call(name, raw, credential);
  const onChanged = (fn: () => void) => link.onChanged(fn);
  const onProgress = (fn: ProgressListener) => link.onProgress(fn);
  return link.opened.then(() => ({ dispatch, call: typedCall(dispatch), close: () => link.close(), onChanged, onProgress }));
}

type LinkState = 'opening' | 'open' | 'closing' | 'ended';

/** Pending calls by id, and the worker's life: opening, open, closing, ended (closed or crashed). */
class WorkerLink {
  private state: LinkState = 'opening';
  private readonly pending = new Map<number, (result: DispatchResult) => void>();
  /** Who made each pending call, oldest first (a Map keeps insertion order): the first one is running. */
  private readonly callers = new Map<number, Credential>();
  private readonly progressListeners = new Set<ProgressListener>();
  private nextId = 1;
  private closeOutcome: Error | null | undefined;
  private readonly onOpened = deferred();
  private readonly onEnded = deferred();
  private readonly changeListeners = new Set<() => void>();
  readonly opened = this.onOpened.promise;

  constructor(
    private readonly worker: Worker,
    private readonly log: (line: string) => void,
  ) {
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (err) => this.crashed(`the core worker failed: ${err.stack ?? err.message}`));
    worker.on('exit', (code) => this.exited(code));
  }

  call(name: string, input: unknown, credential: Credential): Promise<DispatchResult> {
    if (this.state === 'ended') return Promise.resolve(CRASHED);
    if (this.state !== 'open') return Promise.resolve(CLOSING);
    // Cleaned on this side too: a 100,000-deep array would exhaust the stack of the structured clone.
    const cleaned = cleanInput(input);
    if (!cleaned.ok) return Promise.resolve(refused(cleaned.issues));
    const id = this.nextId++;
    try {
      this.worker.postMessage({ type: 'call', id, name, input: cleaned.value, credential } satisfies ToWorker);
    } catch {
      return Promise.resolve(NOT_CLONABLE); // a function or a class instance in the input: not data
    }
    this.callers.set(id, credential);
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  onProgress(fn: ProgressListener): () => void {
    this.progressListeners.add(fn);
    return () => this.progressListeners.delete(fn);
  }

  onChanged(fn: () => void): () => void {
    this.changeListeners.add(fn);
    return () => this.changeListeners.delete(fn);
  }

  async close(): Promise<void> {
    if (this.state === 'open') {
      this.state = 'closing';
      this.worker.postMessage({ type: 'close' } satisfies ToWorker);
    }
    await this.onEnded.promise;
    if (this.closeOutcome !== null) throw this.closeOutcome ?? new Error('Phần xử lý dữ liệu đã dừng trước khi đóng cơ sở dữ liệu.');
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        this.state = 'open';
        return this.onOpened.resolve();
      case 'open-failed':
        this.state = 'ended';
        return this.onOpened.reject(errorFromData(message.error));
      case 'changed':
        for (const fn of this.changeListeners) fn();
        return;
      case 'progress': {
        // The dispatcher runs calls one at a time in the order sent: the oldest unanswered one reports.
        const running = this.callers.values().next();
        if (!running.done) for (const fn of this.progressListeners) fn(running.value, message.progress);
        return;
      }
      case 'result':
        this.pending.get(message.id)?.(message.result);
        this.pending.delete(message.id);
        this.callers.delete(message.id);
        return;
      case 'closed':
      case 'close-failed':
        this.closeOutcome = message.type === 'closed' ? null : new Error(message.message);
        setTimeout(() => void this.worker.terminate(), EXIT_GRACE_MS).unref();
    }
  }

  private exited(code: number): void {
    if (this.closeOutcome === undefined && this.state !== 'ended') this.crashed(`the core worker exited with code ${code}`);
    this.state = 'ended';
    this.onEnded.resolve();
  }

  /** Every pending call gets the Vietnamese INTERNAL answer; later calls get it at once. */
  private crashed(detail: string): void {
    if (this.state === 'ended') return;
    this.log(`[core-host] ${detail}`);
    const opening = this.state === 'opening';
    this.state = 'ended';
    for (const resolve of this.pending.values()) resolve(CRASHED);
    this.pending.clear();
    this.callers.clear();
    if (opening) this.onOpened.reject(new Error(`Không khởi động được phần xử lý dữ liệu của ứng dụng (${detail}).`));
  }
}

/** Promise.withResolvers, which Node 20 lacks. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void } {
  let resolve: () => void = () => undefined;
  let reject: (err: Error) => void = () => undefined;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}
