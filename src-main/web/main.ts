/**
 * Web mode entry (`npm run web -- --db FILE --port N [--host ADDRESS] [--tls-cert F --tls-key F]`):
 * opens the office database and serves the app, on 127.0.0.1 behind the printed token, or on an office
 * network address behind accounts only. Prints exactly one line on stdout, the address; everything else
 * goes to stderr. The core runs in a worker thread; this thread only serves HTTP and relays calls, so a
 * long report or a checkpoint never stalls the server.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { coreWorkerEntry, openCoreHost, type CoreHost } from '../core/host/core-host';
import { parseWebArgs, type WebArgs } from './args';
import { isLoopback } from './listen-address';
import { startWebServer, type WebServer, type WebServerOptions } from './server';

// Built to out/main/web.js: the renderer is beside it, resources/ at the project root.
const STATIC_DIR = resolve(__dirname, '../renderer');
const RESOURCES_DIR = resolve(__dirname, '../../resources');

async function main(): Promise<void> {
  const parsed = parseWebArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(2);
  }
  const tls = readTls(parsed.args);
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
  const server = await startOrExplain(core, { ...serverPlace(parsed.args), tls, dbPath });
  // Handlers first: a script may stop the server the moment it reads the address.
  stopOnSignals(async () => {
    await server.close();
    await core.close(); // the worker finishes its calls, checkpoints, releases the lock
  });
  process.stdout.write(`antq-records (chế độ web) đang chạy: ${server.url}\n`);
  console.error(`Cơ sở dữ liệu: ${dbPath}. Mở địa chỉ trên trong trình duyệt; nhấn Ctrl+C để dừng.`);
}

/** Where to listen, and whether accounts are required: on any address but loopback they always are. */
function serverPlace(args: WebArgs): Pick<WebServerOptions, 'host' | 'port' | 'requireAccounts' | 'names'> {
  const host = args.host ?? '127.0.0.1';
  return { host, port: args.port, requireAccounts: !isLoopback(host), names: args.name === undefined ? undefined : [args.name] };
}

/** The certificate and key, read once at start; an unreadable file stops web mode with its name. */
function readTls(args: WebArgs): WebServerOptions['tls'] {
  if (args.tlsCert === undefined || args.tlsKey === undefined) return undefined;
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file);
    } catch {
      console.error(`Không đọc được ${what} ${file}; hãy kiểm tra đường dẫn và quyền đọc tệp.`);
      process.exit(2);
    }
  };
  return { cert: read(args.tlsCert, 'tệp chứng chỉ'), key: read(args.tlsKey, 'tệp khóa riêng') };
}

type Place = Pick<WebServerOptions, 'host' | 'port' | 'requireAccounts' | 'names' | 'tls' | 'dbPath'>;

async function startOrExplain(core: CoreHost, place: Place): Promise<WebServer> {
  try {
    return await startWebServer({ core, staticDir: STATIC_DIR, ...place });
  } catch (err) {
    await core.close().catch(() => undefined); // release the database lock before leaving
    const code = err instanceof Error && 'code' in err ? err.code : undefined;
    if (code === 'EADDRINUSE') console.error(`Cổng ${place.port} đang được chương trình khác dùng; hãy chọn cổng khác (--port).`);
    else if (code === 'EADDRNOTAVAIL')
      console.error(`Máy này không có địa chỉ ${place.host}; hãy ghi đúng địa chỉ IP mạng nội bộ của máy (--host).`);
    else console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
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
