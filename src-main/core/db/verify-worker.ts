import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code, inline: it loads sql.js on its own, opens a copy of the database and runs
 * `PRAGMA integrity_check`. Inline (eval) so the bundled app needs no extra worker entry file.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const initSqlJs = require(workerData.sqlJsPath);
initSqlJs({ wasmBinary: readFileSync(workerData.wasmPath) }).then((SQL) => {
  const db = new SQL.Database(readFileSync(workerData.file));
  try {
    const rows = db.exec('PRAGMA integrity_check');
    parentPort.postMessage(rows.length ? rows[0].values.map((r) => String(r[0])).join('; ') : 'no result');
  } finally {
    db.close();
  }
}).catch((err) => parentPort.postMessage('error: ' + (err && err.message ? err.message : String(err))));
`;

/**
 * Runs `PRAGMA integrity_check` on a database file in a worker thread and resolves with its report
 * ('ok' when healthy). At a million records the check takes seconds: off the main thread, the app keeps
 * answering while its automatic backup is verified.
 */
export function integrityCheckInWorker(file: string): Promise<string> {
  const require = createRequire(__filename);
  const workerData = { file, sqlJsPath: require.resolve('sql.js'), wasmPath: require.resolve('sql.js/dist/sql-wasm.wasm') };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.once('message', (report: string) => {
      resolve(report);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`integrity check worker exited with code ${code}`));
    });
  });
}
