import type { Database, SqlJsStatic } from 'sql.js';

/** One write SQLite made to its database file: where, and a copy of the bytes. */
export interface FileWrite {
  position: number;
  bytes: Uint8Array;
}

/** Emscripten's MEMFS `stream_ops.write` (sql.js keeps every database file in MEMFS). */
type MemfsWrite = (stream: MemfsStream, buffer: Uint8Array, offset: number, length: number, position: unknown, canOwn?: boolean) => number;
interface MemfsStream {
  node?: { name?: unknown };
}
interface MemfsStreamOps {
  write: MemfsWrite;
}

/** Above this many changed bytes a tracker gives up and the next checkpoint copies the whole database. */
const DEFAULT_LIMIT_BYTES = 64 * 1024 * 1024;

/** Per sql.js module: the trackers by database file name, or null where the file system could not be reached. */
const hooked = new WeakMap<SqlJsStatic, Map<string, WriteTracker> | null>();

/**
 * Every write SQLite makes to one database's in-memory file since the last `take()`: laid over the file
 * as it was then, they give the file as it is now. A checkpoint then hands only these bytes (kilobytes to
 * a few MB) to a worker instead of exporting the whole database (hundreds of MB at a million records).
 */
export class WriteTracker {
  private writes = new Map<string, FileWrite>();
  private bytes = 0;
  /** Set when a write was not kept (too many bytes, or the base file is unknown): `take()` then says so. */
  private lost: boolean;

  constructor(
    readonly filename: string,
    known: boolean,
    private readonly detach: () => void,
    private readonly limitBytes = DEFAULT_LIMIT_BYTES,
  ) {
    this.lost = !known;
  }

  record(position: unknown, data: Uint8Array): void {
    if (this.lost) return;
    if (typeof position !== 'number') return this.forget();
    // Same place and length: the newer bytes replace the older ones and move to the end of the order.
    const key = `${position}:${data.length}`;
    const old = this.writes.get(key);
    if (old) {
      this.writes.delete(key);
      this.bytes -= old.bytes.length;
    }
    this.writes.set(key, { position, bytes: data.slice() });
    this.bytes += data.length;
    if (this.bytes > this.limitBytes) this.forget();
  }

  /** The writes since the last take, oldest first, or null when some are unknown; starts afresh either way. */
  take(): FileWrite[] | null {
    const writes = this.lost ? null : [...this.writes.values()];
    this.writes = new Map();
    this.bytes = 0;
    this.lost = false;
    return writes;
  }

  /** The file on disk is no longer the base of the kept writes (a checkpoint failed): the next take is null. */
  forget(): void {
    this.writes = new Map();
    this.bytes = 0;
    this.lost = true;
  }

  stop(): void {
    this.forget();
    this.detach();
  }
}

/**
 * Starts tracking the writes to `db`'s file. `known`: the file now holds exactly the bytes on disk (just
 * loaded from it); otherwise the first `take()` returns null. Returns null when this sql.js build does
 * not let its file system be observed; the store then checkpoints with export(), as before.
 */
export function trackWrites(SQL: SqlJsStatic, db: Database, known: boolean): WriteTracker | null {
  const trackers = hookMemfs(SQL);
  if (!trackers) return null;
  const filename = (db as unknown as { filename?: unknown }).filename;
  if (typeof filename !== 'string') return null;
  const tracker = new WriteTracker(filename, known, () => trackers.delete(filename));
  trackers.set(filename, tracker);
  return tracker;
}

function hookMemfs(SQL: SqlJsStatic): Map<string, WriteTracker> | null {
  const known = hooked.get(SQL);
  if (known !== undefined) return known;
  const ops = captureStreamOps(SQL);
  const trackers = ops ? wrapWrite(ops) : null;
  hooked.set(SQL, trackers && selfTestPasses(SQL, trackers) ? trackers : null);
  return hooked.get(SQL) ?? null;
}

/**
 * sql.js does not export Emscripten's FS. Its export() is the one place that touches the shared MEMFS
 * file operations from outside: it derives its own with `Object.create(stream_ops)`. Watching that call
 * once, on a throwaway database, yields the shared object. The self-test below checks what it found.
 */
function captureStreamOps(SQL: SqlJsStatic): MemfsStreamOps | null {
  const probe = new SQL.Database();
  const create = Object.create;
  let found: MemfsStreamOps | null = null;
  Object.create = function (proto: object | null, props?: PropertyDescriptorMap) {
    if (!found && isStreamOps(proto)) found = proto;
    return props === undefined ? create(proto) : create(proto, props);
  } as typeof Object.create;
  try {
    probe.export();
  } catch {
    found = null;
  } finally {
    Object.create = create;
    probe.close();
  }
  return found;
}

function isStreamOps(value: unknown): value is MemfsStreamOps {
  return typeof value === 'object' && value !== null && typeof (value as Partial<MemfsStreamOps>).write === 'function';
}

function wrapWrite(ops: MemfsStreamOps): Map<string, WriteTracker> {
  const trackers = new Map<string, WriteTracker>();
  const original = ops.write;
  ops.write = function (this: unknown, stream, buffer, offset, length, position, canOwn) {
    const written = original.call(this, stream, buffer, offset, length, position, canOwn);
    const name = stream.node?.name;
    if (trackers.size > 0 && typeof name === 'string') trackers.get(name)?.record(position, buffer.subarray(offset, offset + written));
    return written;
  };
  return trackers;
}

/** A table created in a fresh database must show up as a write of its first page. */
function selfTestPasses(SQL: SqlJsStatic, trackers: Map<string, WriteTracker>): boolean {
  const db = new SQL.Database();
  try {
    const filename = (db as unknown as { filename?: unknown }).filename;
    if (typeof filename !== 'string') return false;
    const tracker = new WriteTracker(filename, true, () => trackers.delete(filename));
    trackers.set(filename, tracker);
    db.run('CREATE TABLE probe (x)');
    const writes = tracker.take() ?? [];
    tracker.stop();
    return writes.some((w) => w.position === 0 && w.bytes.length >= 100);
  } finally {
    db.close();
  }
}
