import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root, where `out/` lives (test:e2e builds it first). */
export const ROOT = resolve(__dirname, '../../..');

/** A running `node out/main/web.js` on a temporary database. */
export interface WebMode {
  /** The printed address, with its token. */
  url: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  token: string;
  dbPath: string;
  /** Stops the server with SIGTERM (it checkpoints and releases the lock) and waits for the exit code (or `signal:NAME`). */
  stop(): Promise<number | string>;
  /** What the server wrote to stderr so far, for failure messages. */
  stderr(): string;
}

/**
 * The built web-mode entry. ANTQ_WEB_ENTRY points at a copy of `out/` elsewhere, so a browser run is not
 * disturbed by someone rebuilding the shared `out/` meanwhile.
 */
const WEB_ENTRY = process.env.ANTQ_WEB_ENTRY ?? join(ROOT, 'out/main/web.js');

const URL_LINE = /(http:\/\/127\.0\.0\.1:(\d+))\/\?token=([A-Za-z0-9_-]+)/;

/** Starts web mode exactly as a user would and reads the one line it prints. */
export async function startWebMode(opts: { dbPath?: string } = {}): Promise<WebMode> {
  const dbPath = opts.dbPath ?? join(mkdtempSync(join(tmpdir(), 'antq-e2e-')), 'office.sqlite');
  const child = spawn(process.execPath, [WEB_ENTRY, '--db', dbPath, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const match = await waitForLine(child, URL_LINE, 30_000);
  return {
    stderr: () => stderr,
    url: match[0],
    origin: match[1] ?? '',
    token: match[3] ?? '',
    dbPath,
    stop: () => stopChild(child),
  };
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(`no address printed within ${timeoutMs} ms`), timeoutMs);
    function fail(why: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`web mode did not start: ${why}\nstdout: ${out}\nstderr: ${err}`));
    }
    const onExit = (code: number | null, signal: string | null) => fail(`exited with ${code ?? signal}`);
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolvePromise(m);
      }
    });
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? `signal:${child.signalCode}`);
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', (code, signal) => {
      clearTimeout(force);
      resolvePromise(code ?? `signal:${signal}`);
    });
    child.kill('SIGTERM');
  });
}
