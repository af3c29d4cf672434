import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = resolve(__dirname, '../../../scripts/prepare-electron.mjs');

/** Runs `npm start`'s preparation step with electron's binary looked for in `distDir`. */
function prepare(distDir: string, extraEnv: Record<string, string> = {}) {
  const cache = mkdtempSync(join(tmpdir(), 'antq-electron-cache-'));
  return spawnSync(process.execPath, [SCRIPT], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: distDir, electron_config_cache: cache, ...extraEnv },
  });
}

describe('npm start: fetching the Electron binary first', () => {
  it('says in one line that Electron could not be fetched and how to use web mode instead', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'antq-electron-')), 'not-there');
    // Nothing listens on port 9 of loopback: the download fails at once, as it does offline.
    const r = prepare(missing, { ELECTRON_MIRROR: 'http://127.0.0.1:9/' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^Không tải được Electron \d+\.\d+\.\d+ \(.+\): cần Internet .*npm run web/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('does nothing when the binary is already there', () => {
    const dist = mkdtempSync(join(tmpdir(), 'antq-electron-dist-'));
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron'), '');
    const r = prepare(dist, { ELECTRON_MIRROR: 'http://127.0.0.1:9/' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
