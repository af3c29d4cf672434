/**
 * Web mode entry (`npm run web -- --db FILE --port N`): opens the office database and serves the app on
 * 127.0.0.1. Prints exactly one line on stdout, the address with its token; everything else goes to stderr.
 * The core runs in a worker thread; this thread only serves HTTP and relays calls, so a long report or
 * a checkpoint never stalls the server.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { coreWorkerEntry, openCoreHost, type CoreHost } from '../core/host/core-host';
import { parseWebArgs } from './args';
import { startWebServer, type WebServer } from './server';

// Built to out/main/web.js: the renderer is beside it, resources/ at the project root.
const STATIC_DIR = resolve(__dirname, '../renderer');
const RESOURCES_DIR = resolve(__dirname, '../../resources');

async function main(): Promise<void> {
  const parsed = parseWebArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(2);
  }
  const dbPath = resolve(parsed.args.dbPath);
  mkdirSync(dirname(dbPath), { recursive: true });
  let core: CoreHost;
  try {
    core = await openCoreHost({ dbPath, resourcesDir: RESOURCES_DIR, worker: coreWorkerEntry(__dirname) });
  } catch (err) {
    // The store's open errors are Vietnamese and name the file; anything else gets a generic line.
    console.error(err instanceof Error ? err.message : `Không mở được cơ sở dữ liệu ${dbPath}.`);
    process.exit(1);
  }
  let server: WebServer;
  try {
    server = await startWebServer({ core, port: parsed.args.port, staticDir: STATIC_DIR });
  } catch (err) {
    await core.close().catch(() => undefined); // release the database lock before leaving
    const inUse = err instanceof Error && 'code' in err && err.code === 'EADDRINUSE';
    console.error(inUse ? `Cổng ${parsed.args.port} đang được chương trình khác dùng; hãy chọn cổng khác (--port).` : String(err));
    process.exit(1);
  }
  // Handlers first: a script may stop the server the moment it reads the address.
  stopOnSignals(async () => {
    await server.close();
    await core.close(); // the worker finishes its calls, checkpoints, releases the lock
  });
  process.stdout.write(`antq-records (chế độ web) đang chạy: ${server.url}\n`);
  console.error(`Cơ sở dữ liệu: ${dbPath}. Mở địa chỉ trên trong trình duyệt; nhấn Ctrl+C để dừng.`);
}

function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`Lỗi khi đóng cơ sở dữ liệu: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  // SIGHUP: the terminal was closed (also how Windows reports a closed console window).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
