import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * exceljs, docx and echarts weigh ≈60 MB once loaded: the core loads them at first use (an export, an
 * import, a template), never when it opens (issue 12, STACK.md). Checked in a fresh process, since this
 * one has loaded them for other tests.
 */
const ROOT = resolve(__dirname, '../../..');
const PROBE = join(__dirname, 'support/loaded-heavy.ts');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

async function heavyLoadedAfter(calls: [string, unknown][]): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [TSX, PROBE, JSON.stringify(calls)], { cwd: ROOT });
  return JSON.parse(stdout) as string[];
}

describe('heavy packages load at first use', () => {
  it('opening the core and everyday calls load none of exceljs, docx, echarts', async () => {
    const everyday: [string, unknown][] = [
      ['system.status', {}],
      ['units.list', {}],
      ['audit.list', {}],
    ];
    expect(await heavyLoadedAfter(everyday)).toEqual([]);
  }, 60_000);

  it('an Excel template loads exceljs (the probe sees a package once it is loaded)', async () => {
    expect(await heavyLoadedAfter([['imports.template', { kind: 'models' }]])).toEqual(['exceljs']);
  }, 60_000);
});
