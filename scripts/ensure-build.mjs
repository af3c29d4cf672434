// Builds the app when out/ is missing or older than the sources, so `npm run web`/`cli`/`test:e2e` just work.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const outputs = [
  'out/main/index.js',
  'out/main/web.js',
  'out/main/cli.js',
  'out/main/core-worker.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];
const sources = ['src-main', 'src-renderer', 'electron.vite.config.ts', 'package.json'];

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), st.mtimeMs);
}

const built = outputs.every((p) => existsSync(p));
const stale = !built || Math.max(...sources.map(newest)) > Math.min(...outputs.map((p) => statSync(p).mtimeMs));
if (stale) execSync('npx electron-vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
