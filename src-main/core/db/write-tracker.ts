import type { Database, SqlJsStatic } from 'sql.js';
import { growInPlace } from './memfs-growth';

/** One write SQLite made to its database file: where, and the bytes now there. */
export interface FileWrite {
  position: number;
  bytes: Uint8Array;
}

/** A write kept by a tracker: its bytes are copied only where the file cannot be read back at take(). */
interface KeptWrite {
  position: number;
  length: number;
  copy: Uint8Array | null;
}

/** Emscripten's MEMFS `stream_ops.write` (sql.js keeps every database file in MEMFS). */
type MemfsWrite = (stream: MemfsStream, buffer: Uint8Array, offset: number, length: number, position: unknown, canOwn?: boolean) => number;
interface MemfsStream {
  node?: MemfsNode;
}
/**
 * A MEMFS file. sql.js's build minifies the names of its fields except `name`; its bytes are the one
 * Uint8Array among them (replaced by a larger one when the file grows), their start the file's start.
 */
type MemfsNode = { name?: unknown } & Record<string, unknown>;
type MemfsRead = (stream: MemfsStream, buffer: Uint8Array, offset: number, length: number, position: number) => number;
interface MemfsStreamOps {
  write: MemfsWrite;
  read?: MemfsRead;
}

/**
 * Above this many changed bytes a tracker gives up and the next checkpoint writes the whole database from
 * memory (checkpoint.ts). 16 MB: the writes between two checkpoints of everyday use (the journal's 8 MB
 * limit) stay below it; a bulk import passes it, and its tracked bytes, packed again for the worker, were
 * twice the change on top of the import's peak.
 */
const DEFAULT_LIMIT_BYTES = 16 * 1024 * 1024;

/** Per sql.js module: the trackers by database file name, or null where the file system could not be reached. */
const hooked = new WeakMap<SqlJsStatic, Map<string, WriteTracker> | null>();

/**
 * Every write SQLite makes to one database's in-memory file since the last `take()`: laid over the file
 * as it was then, they give the file as it is now. A checkpoint then hands only these bytes (kilobytes to
 * a few MB) to a worker instead of exporting the whole database (hundreds of MB at a million records).
 * Where the in-memory file can be read (`viewable`), a write is kept as its place only, and take() reads
 * the bytes there then: the last bytes written to a place are the ones the file holds. Copying each write
 * as it came held up to the byte limit (16 MB) through every bulk transaction only to drop it at the
 * limit, ~10 MB of the peak of a 100k-record import (issue 13).
 */
export class WriteTracker {
  private writes = new Map<string, KeptWrite>();
  private bytes = 0;
  /** Set when a write was not kept (too many bytes, or the base file is unknown): `take()` then says so. */
  private lost: boolean;
  /** The database's in-memory file, once a write to it was seen. */
  private node: MemfsNode | null = null;

  constructor(
    readonly filename: string,
    known: boolean,
    private readonly detach: () => void,
    private readonly limitBytes = DEFAULT_LIMIT_BYTES,
    /** The self-test found the file's bytes where fileBytes() looks for them (and growInPlace grows them). */
    readonly viewable = false,
  ) {
    this.lost = !known;
  }

  /** The database's file was read or written: from now on fileBytes() can find it. */
  saw(node: MemfsNode | undefined): void {
    if (node) this.node = node;
  }

  record(position: unknown, data: Uint8Array, node?: MemfsNode): void {
    this.saw(node);
    if (this.lost) return;
    if (typeof position !== 'number') return this.forget();
    // Same place and length: the newer bytes replace the older ones and move to the end of the order.
    const key = `${position}:${data.length}`;
    const old = this.writes.get(key);
    if (old) {
      this.writes.delete(key);
      this.bytes -= old.length;
    }
    this.writes.set(key, { position, length: data.length, copy: this.viewable ? null : data.slice() });
    this.bytes += data.length;
    if (this.bytes > this.limitBytes) this.forget();
  }

  /**
   * The writes since the last take, oldest first, or null when some are unknown; starts afresh either
   * way. Where the file is viewable their bytes are views of it, valid until the next write: pack or
   * write them at once.
   */
  take(): FileWrite[] | null {
    const kept = this.lost ? null : [...this.writes.values()];
    this.writes = new Map();
    this.bytes = 0;
    this.lost = false;
    if (!kept) return null;
    const file = this.viewable ? this.contents() : null;
    if (this.viewable && !file) return null;
    const writes: FileWrite[] = [];
    for (const w of kept) {
      const bytes = w.copy ?? file?.subarray(w.position, w.position + w.length);
      // A place past the end of the file: the file no longer is what the writes describe.
      if (!bytes || bytes.length !== w.length) return null;
      writes.push({ position: w.position, bytes });
    }
    return writes;
  }

  /** The file on disk is no longer the base of the kept writes (a checkpoint failed): the next take is null. */
  forget(): void {
    this.writes = new Map();
    this.bytes = 0;
    this.lost = true;
  }

  /**
   * The database file as SQLite last wrote it, without copying it: a view of sql.js's in-memory file,
   * which between transactions is the whole database, the bytes export() would copy (the tracker already
   * relies on this: laid over the file on disk, the writes it saw give that file). Valid until the next
   * write: write it out synchronously. Null when no write to the file was seen yet.
   */
  fileBytes(size: number): Uint8Array | null {
    const contents = this.viewable ? this.contents() : null;
    return contents && contents.length >= size ? contents.subarray(0, size) : null;
  }

  /** sql.js's in-memory file of the database (its one Uint8Array: see MemfsNode), which may run past its end. */
  private contents(): Uint8Array | null {
    if (!this.node) return null;
    return Object.values(this.node).find((v): v is Uint8Array => v instanceof Uint8Array) ?? null;
  }

  stop(): void {
    this.forget();
    this.node = null;
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
  const tracker = new WriteTracker(filename, known, () => trackers.delete(filename), DEFAULT_LIMIT_BYTES, viewable.get(SQL) === true);
  trackers.set(filename, tracker);
  return tracker;
}

/** Per sql.js module: whether a tracker's fileBytes() gives the database (self-tested once). */
const viewable = new WeakMap<SqlJsStatic, boolean>();

function hookMemfs(SQL: SqlJsStatic): Map<string, WriteTracker> | null {
  const known = hooked.get(SQL);
  if (known !== undefined) return known;
  const ops = captureStreamOps(SQL);
  const trackers = ops ? wrapWrite(ops) : null;
  hooked.set(SQL, trackers && selfTestPasses(SQL, trackers) ? trackers : null);
  if (trackers && hooked.get(SQL)) viewable.set(SQL, viewTestPasses(SQL, trackers));
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

/** The bytes `adoptDatabase` is making a database of, while it does. */
let adopting: Uint8Array | null = null;

/**
 * `new SQL.Database(bytes)` without its copy of `bytes`: the new database's in-memory file is `bytes`
 * itself, which the caller gives up (a file just read, a package just inflated). sql.js copies them
 * otherwise, so that opening a database held it twice until the collector ran: 87 MB more at the
 * peak of a district's export of 100k records (issue 13). Where MEMFS cannot be observed, it copies.
 */
export function adoptDatabase(SQL: SqlJsStatic, bytes: Uint8Array): Database {
  if (hookMemfs(SQL)) adopting = bytes;
  try {
    return new SQL.Database(bytes);
  } finally {
    adopting = null;
  }
}

function wrapWrite(ops: MemfsStreamOps): Map<string, WriteTracker> {
  const trackers = new Map<string, WriteTracker>();
  const original = ops.write;
  ops.write = function (this: unknown, stream, buffer, offset, length, position, canOwn) {
    // sql.js writes the bytes it is given into a new file in one call: MEMFS may keep them as they are.
    if (adopting !== null && buffer === adopting && position === 0 && offset === 0) canOwn = true;
    const name = stream.node?.name;
    const tracker = trackers.size > 0 && typeof name === 'string' ? trackers.get(name) : undefined;
    // A tracked database's file grows without being copied (memfs-growth.ts).
    if (tracker?.viewable && stream.node && typeof position === 'number') growInPlace(stream.node, position + length);
    const written = original.call(this, stream, buffer, offset, length, position, canOwn);
    tracker?.record(position, buffer.subarray(offset, offset + written), stream.node);
    return written;
  };
  const read = ops.read;
  // A database just loaded is read before it is written: its file is found then (the day's backup at open).
  if (read)
    ops.read = function (this: unknown, stream, buffer, offset, length, position) {
      const name = stream.node?.name;
      if (trackers.size > 0 && typeof name === 'string') trackers.get(name)?.saw(stream.node);
      return read.call(this, stream, buffer, offset, length, position);
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

/**
 * fileBytes() of a database with rows must be the bytes export() gives, but for the header fields the
 * copy made by export() sets afresh (change counter, schema cookie, version-valid-for, SQLite version).
 */
function viewTestPasses(SQL: SqlJsStatic, trackers: Map<string, WriteTracker>): boolean {
  const db = new SQL.Database();
  try {
    const filename = (db as unknown as { filename?: unknown }).filename;
    if (typeof filename !== 'string') return false;
    const tracker = new WriteTracker(filename, true, () => trackers.delete(filename), DEFAULT_LIMIT_BYTES, true);
    trackers.set(filename, tracker);
    db.run('CREATE TABLE probe (x)');
    db.run("INSERT INTO probe VALUES ('a'), ('b')");
    const size = Number(db.exec('PRAGMA page_count')[0]?.values[0]?.[0]) * Number(db.exec('PRAGMA page_size')[0]?.values[0]?.[0]);
    const view = tracker.fileBytes(size)?.slice() ?? null;
    tracker.stop();
    const exported = db.export();
    const reset = (b: Uint8Array) => [24, 40, 92, 96].forEach((at) => b.fill(0, at, at + 4));
    if (!view || view.length !== exported.length) return false;
    reset(view);
    reset(exported);
    return view.every((b, i) => b === exported[i]);
  } catch {
    return false;
  } finally {
    db.close();
  }
}
