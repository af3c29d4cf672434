import { Worker } from 'node:worker_threads';
import type { FileWrite } from './write-tracker';

/**
 * The worker's code, inline (eval) like verify-worker.ts, so the bundled app needs no extra entry file.
 * For each job the last checkpoint's file is copied to the temporary file a few MB at a time, with the
 * changed bytes laid over each piece, and each piece is fdatasync'd before the next. Flushing hundreds of
 * MB in one fsync at the end would hold up the journal's own fdatasync on the core's thread (on ext4 both
 * wait for the same journal commit): measured at 1M records, writes stalled 120–150 ms that way.
 * Renaming the file in stays on the core's thread (see checkpoint.ts).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
function patch(job, starts, bytes, buf, from, to) {
  for (let i = 0; i < job.positions.length; i++) {
    const p = job.positions[i], end = p + job.lengths[i];
    if (end <= from || p >= to) continue;
    const a = Math.max(p, from), b = Math.min(end, to);
    buf.set(bytes.subarray(starts[i] + (a - p), starts[i] + (b - p)), a - from);
  }
}
function writeFile(job) {
  const bytes = new Uint8Array(job.data);
  const starts = [];
  for (let i = 0, at = 0; i < job.lengths.length; at += job.lengths[i], i++) starts.push(at);
  const src = fs.openSync(job.base, 'r');
  const out = fs.openSync(job.temp, 'w');
  try {
    const buf = Buffer.alloc(job.chunkBytes);
    for (let from = 0; from < job.size; from += job.chunkBytes) {
      const to = Math.min(job.size, from + job.chunkBytes);
      const piece = buf.subarray(0, to - from);
      let got = 0, n = 1;
      while (got < piece.length && n > 0) got += (n = fs.readSync(src, piece, got, piece.length - got, from + got));
      piece.fill(0, got);
      patch(job, starts, bytes, piece, from, to);
      for (let done = 0; done < piece.length; ) done += fs.writeSync(out, piece, done, piece.length - done, from + done);
      fs.fdatasyncSync(out);
    }
    fs.fsyncSync(out);
  } finally {
    fs.closeSync(src);
    fs.closeSync(out);
  }
}
parentPort.on('message', (job) => {
  try {
    writeFile(job);
    parentPort.postMessage({ id: job.id, ok: true });
  } catch (err) {
    try { fs.rmSync(job.temp, { force: true }); } catch {}
    parentPort.postMessage({ id: job.id, ok: false, message: err && err.message ? err.message : String(err) });
  }
});
`;

/** How much the worker writes between two fdatasyncs. */
const CHUNK_BYTES = 1 * 1024 * 1024;

interface Reply {
  id: number;
  ok: boolean;
  message?: string;
}

/**
 * One worker per process, started with the first store and kept: starting a worker holds the calling
 * thread ~35 ms the first time (measured), which would otherwise fall inside the write that starts a
 * checkpoint. It does not keep the process alive while it has nothing to do.
 */
let worker: Worker | null = null;
const waiting = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();
let lastId = 0;

function checkpointWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_SOURCE, { eval: true });
  started.on('message', (reply: Reply) => {
    const job = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) started.unref();
    if (reply.ok) job?.resolve();
    else job?.reject(new Error(reply.message ?? 'checkpoint worker failed'));
  });
  const fail = (err: Error) => {
    if (worker === started) worker = null;
    for (const job of waiting.values()) job.reject(err);
    waiting.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`checkpoint worker exited with code ${code} before writing the file`)));
  // After the listeners: adding a 'message' listener refs the worker's port again (Node's port referencing).
  started.unref();
  worker = started;
  return started;
}

/** Starts the checkpoint worker ahead of the first checkpoint (called when a store opens). */
export function warmCheckpointWorker(): void {
  checkpointWorker();
}

/** What the worker needs to produce the new database file. */
export interface PatchJob {
  /** The file of the last checkpoint (the base of `writes`). */
  base: string;
  /** Where the new file is written and fsync'd; the caller renames it in. */
  temp: string;
  /** The database's size in bytes (page_count × page_size). */
  size: number;
  /** Changed bytes since `base`, oldest first. */
  writes: PackedWrites;
}

/** Writes packed into one buffer, whose ownership moves to the worker (no second copy). */
export interface PackedWrites {
  data: ArrayBuffer;
  positions: Float64Array;
  lengths: Uint32Array;
}

/**
 * Copies `writes` into one buffer at once: a tracker's writes are views of the live in-memory file, valid
 * only until the next write (write-tracker.ts), and the packed copy is the checkpoint's from then on.
 */
export function packWrites(writes: readonly FileWrite[]): PackedWrites {
  const total = writes.reduce((sum, w) => sum + w.bytes.length, 0);
  const data = new ArrayBuffer(total);
  const packed = new Uint8Array(data);
  const positions = new Float64Array(writes.length);
  const lengths = new Uint32Array(writes.length);
  let at = 0;
  writes.forEach((w, i) => {
    packed.set(w.bytes, at);
    positions[i] = w.position;
    lengths[i] = w.bytes.length;
    at += w.bytes.length;
  });
  return { data, positions, lengths };
}

/** Writes `base` + `writes` into `job.temp` on a worker thread and resolves once it is durable. */
export function writePatchedCopyInWorker(job: PatchJob): Promise<void> {
  const { data, positions, lengths } = job.writes;
  const id = ++lastId;
  const message = { id, base: job.base, temp: job.temp, size: job.size, data, positions, lengths, chunkBytes: CHUNK_BYTES };
  return new Promise((resolve, reject) => {
    const target = checkpointWorker();
    waiting.set(id, { resolve, reject });
    // While a file is being written the worker keeps the process alive, as the file writes did before.
    target.ref();
    target.postMessage(message, [data]);
  });
}
