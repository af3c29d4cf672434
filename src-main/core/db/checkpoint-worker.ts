import { Worker } from 'node:worker_threads';
import type { FileWrite } from './write-tracker';

/**
 * The worker's code, inline (eval) like verify-worker.ts, so the bundled app needs no extra entry file:
 * the last checkpoint's file is copied to the temporary file a few MB at a time, with the changed bytes
 * laid over each piece, and each piece is fdatasync'd before the next. Flushing hundreds of MB in one
 * fsync at the end would hold up the journal's own fdatasync on the core's thread (on ext4 both wait for
 * the same journal commit): measured at 1M records, writes stalled 120–150 ms that way. Renaming the
 * file in stays on the core's thread (see checkpoint.ts).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { base, temp, size, data, positions, lengths, chunkBytes } = workerData;
const bytes = new Uint8Array(data);
const starts = [];
for (let i = 0, at = 0; i < lengths.length; at += lengths[i], i++) starts.push(at);
function patch(buf, from, to) {
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i], end = p + lengths[i];
    if (end <= from || p >= to) continue;
    const a = Math.max(p, from), b = Math.min(end, to);
    buf.set(bytes.subarray(starts[i] + (a - p), starts[i] + (b - p)), a - from);
  }
}
try {
  const src = fs.openSync(base, 'r');
  const out = fs.openSync(temp, 'w');
  try {
    const buf = Buffer.alloc(chunkBytes);
    for (let from = 0; from < size; from += chunkBytes) {
      const to = Math.min(size, from + chunkBytes);
      const piece = buf.subarray(0, to - from);
      let got = 0, n = 1;
      while (got < piece.length && n > 0) got += (n = fs.readSync(src, piece, got, piece.length - got, from + got));
      piece.fill(0, got);
      patch(piece, from, to);
      for (let done = 0; done < piece.length; ) done += fs.writeSync(out, piece, done, piece.length - done, from + done);
      fs.fdatasyncSync(out);
    }
    fs.fsyncSync(out);
  } finally {
    fs.closeSync(src);
    fs.closeSync(out);
  }
  parentPort.postMessage({ ok: true });
} catch (err) {
  try { fs.rmSync(temp, { force: true }); } catch {}
  parentPort.postMessage({ ok: false, message: err && err.message ? err.message : String(err) });
}
`;

/** How much the worker writes between two fdatasyncs. */
const CHUNK_BYTES = 1 * 1024 * 1024;

/** What the worker needs to produce the new database file. */
export interface PatchJob {
  /** The file of the last checkpoint (the base of `writes`). */
  base: string;
  /** Where the new file is written and fsync'd; the caller renames it in. */
  temp: string;
  /** The database's size in bytes (page_count × page_size). */
  size: number;
  /** Changed bytes since `base`, oldest first. */
  writes: readonly FileWrite[];
}

/**
 * Writes `base` + `writes` into `job.temp` on a worker thread and resolves once it is durable. The
 * changed bytes are packed into one buffer whose ownership moves to the worker (no second copy).
 */
export function writePatchedCopyInWorker(job: PatchJob): Promise<void> {
  const total = job.writes.reduce((sum, w) => sum + w.bytes.length, 0);
  const data = new ArrayBuffer(total);
  const packed = new Uint8Array(data);
  const positions = new Float64Array(job.writes.length);
  const lengths = new Uint32Array(job.writes.length);
  let at = 0;
  job.writes.forEach((w, i) => {
    packed.set(w.bytes, at);
    positions[i] = w.position;
    lengths[i] = w.bytes.length;
    at += w.bytes.length;
  });
  const workerData = { base: job.base, temp: job.temp, size: job.size, data, positions, lengths, chunkBytes: CHUNK_BYTES };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData, transferList: [data] });
    worker.once('message', (reply: { ok: boolean; message?: string }) => {
      if (reply.ok) resolve();
      else reject(new Error(reply.message ?? 'checkpoint worker failed'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      // After a reply this settles nothing; without one the file was not written.
      reject(new Error(`checkpoint worker exited with code ${code} before writing the file`));
    });
  });
}
