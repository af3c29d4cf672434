import { Worker } from 'node:worker_threads';
import type { FileWrite } from './write-tracker';

/**
 * The worker's code, inline (eval) like verify-worker.ts, so the bundled app needs no extra entry file:
 * copy the last checkpoint's file to the temporary file (a reflink where the file system offers one, so
 * only the changed blocks are really written), lay the changed bytes over it, cut it to the database's
 * size and fsync it. Renaming it in stays on the core's thread (see checkpoint.ts).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { base, temp, size, data, positions, lengths } = workerData;
try {
  fs.copyFileSync(base, temp, fs.constants.COPYFILE_FICLONE);
  const fd = fs.openSync(temp, 'r+');
  try {
    const bytes = new Uint8Array(data);
    let at = 0;
    for (let i = 0; i < positions.length; i++) {
      let done = 0;
      while (done < lengths[i]) done += fs.writeSync(fd, bytes, at + done, lengths[i] - done, positions[i] + done);
      at += lengths[i];
    }
    fs.ftruncateSync(fd, size);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  parentPort.postMessage({ ok: true });
} catch (err) {
  try { fs.rmSync(temp, { force: true }); } catch {}
  parentPort.postMessage({ ok: false, message: err && err.message ? err.message : String(err) });
}
`;

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
  const workerData = { base: job.base, temp: job.temp, size: job.size, data, positions, lengths };
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
