/**
 * Run by lazy-modules.test.ts in its own process (tsx, CommonJS, so every package goes through
 * `require.cache`): opens the core as a transport does, makes the given calls, and prints which of the
 * heavy packages got loaded.
 */
import { resolve } from 'node:path';
import { CLI_CREDENTIAL } from '../../../../src-main/contract/credential';
import { openCore } from '../../../../src-main/core/app/open-core';

const HEAVY = /[\\/]node_modules[\\/](exceljs|docx|echarts)[\\/]/;

async function main(): Promise<void> {
  const core = await openCore({ dbPath: null, resourcesDir: resolve(__dirname, '../../../../resources') });
  for (const [name, input] of JSON.parse(process.argv[2] ?? '[]') as [string, unknown][]) {
    const answer = await core.dispatch(name, input, CLI_CREDENTIAL);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.code}`);
  }
  const loaded = new Set(Object.keys(require.cache).flatMap((id) => HEAVY.exec(id)?.[1] ?? []));
  core.close();
  process.stdout.write(JSON.stringify([...loaded].sort()));
}

void main();
