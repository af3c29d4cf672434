import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of eslint.config.mjs, run on small in-memory sources placed in each layer's folder.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('refuse Node modules in the renderer, bare or node:*', async () => {
    expect(await layerMessages('src-renderer/lib/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toEqual([
      expect.stringContaining('The renderer runs in the browser'),
    ]);
    expect(await layerMessages('src-renderer/lib/probe.ts', "import { join } from 'path';\nexport const j = join;\n")).toEqual([
      expect.stringContaining('The renderer runs in the browser'),
    ]);
  });

  it('let the renderer import the contract but not the core', async () => {
    expect(await layerMessages('src-renderer/lib/probe.ts', "import { contract } from '../../src-main/contract';\nexport const c = contract;\n")).toEqual([]);
    expect(await layerMessages('src-renderer/lib/probe.ts', "import { openCore } from '../../src-main/core/app/open-core';\nexport const o = openCore;\n")).toEqual([
      expect.stringContaining('only src-main/contract and src-main/shared'),
    ]);
  });

  it('keep the contract pure', async () => {
    expect(await layerMessages('src-main/contract/probe.ts', "import { createHash } from 'node:crypto';\nexport const h = createHash;\n")).toEqual([
      expect.stringContaining('The contract is pure'),
    ]);
    expect(await layerMessages('src-main/contract/probe.ts', "import { AppError } from '../core/api/errors';\nexport const e = AppError;\n")).toEqual([
      expect.stringContaining('The contract imports only zod'),
    ]);
  });

  it('keep shell, web and cli apart', async () => {
    const shellToCli = await layerMessages('src-main/shell/probe.ts', "import { main } from '../cli/main';\nexport const m = main;\n");
    const webToShell = await layerMessages('src-main/web/probe.ts', "import { createWindow } from '../shell/window';\nexport const w = createWindow;\n");
    const cliToWeb = await layerMessages('src-main/cli/probe.ts', "import { startWebServer } from '../web/server';\nexport const s = startWebServer;\n");
    expect([shellToCli, webToShell, cliToWeb]).toEqual([
      [expect.stringContaining('The shell never imports')],
      [expect.stringContaining('Web mode never imports')],
      [expect.stringContaining('The CLI never imports')],
    ]);
  });
});
