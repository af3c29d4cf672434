// `npm start`'s first step. Electron 45 has no install script: its binary is fetched the first time
// `require('electron')` runs, but electron-vite's `dev` reads node_modules/electron/path.txt first and stops
// with "Electron uninstall" when it is missing. So fetch the binary here, through electron's own
// install.js, and when that fails (no internet, a closed network) say so in one line and point to web mode.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));

/** The binary electron would run, as its index.js finds it (ELECTRON_OVERRIDE_DIST_PATH included). */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  if (override) return join(override, relative ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'));
  return relative === null ? null : join(electronDir, 'dist', relative);
}

function ready() {
  const binary = electronBinary();
  return binary !== null && existsSync(binary);
}

/** The first line of what install.js printed on failure (its stack trace is noise for a newcomer). */
function reasonOf(result) {
  if (result.error) return result.error.message;
  const first = `${result.stderr ?? ''}`.split('\n').find((line) => line.trim() !== '');
  return first ? first.trim() : `exit code ${result.status}`;
}

if (!ready()) {
  console.error(`Đang tải Electron ${version} (chỉ lần chạy đầu)…`);
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0 || !ready()) {
    console.error(
      `Không tải được Electron ${version} (${reasonOf(result)}): cần Internet cho lần chạy đầu. ` +
        'Thay vào đó hãy dùng chế độ web: npm run web, rồi mở địa chỉ nó in ra trong trình duyệt.',
    );
    process.exit(1);
  }
}
