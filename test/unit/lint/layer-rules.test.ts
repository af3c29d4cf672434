import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of eslint.config.mjs, run on small in-memory sources placed in each layer's folder.
const eslint = new ESLint({ cwd: process.cwd() });

/** The layer-rule messages ESLint gives for `import { x } from 'source'` in a file at `filePath`. */
async function layerMessages(filePath: string, source: string): Promise<string[]> {
  const code = `import { x } from '${source}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

const NO_NODE = expect.stringContaining('The renderer runs in the browser');

describe('layer rules', () => {
  it('refuse Node modules in the renderer, bare or node:*', async () => {
    expect(await layerMessages('src-renderer/lib/probe.ts', 'node:fs')).toEqual([NO_NODE]);
    expect(await layerMessages('src-renderer/lib/probe.ts', 'path')).toEqual([NO_NODE]);
  });

  it('let the renderer import the contract but not the core', async () => {
    expect(await layerMessages('src-renderer/lib/probe.ts', '../../src-main/contract')).toEqual([]);
    expect(await layerMessages('src-renderer/lib/probe.ts', '../../src-main/core/app/open-core')).toEqual([
      expect.stringContaining('only src-main/contract and src-main/shared'),
    ]);
  });

  it('keep the contract pure', async () => {
    expect(await layerMessages('src-main/contract/probe.ts', 'node:crypto')).toEqual([expect.stringContaining('The contract is pure')]);
    expect(await layerMessages('src-main/contract/probe.ts', '../core/api/errors')).toEqual([
      expect.stringContaining('The contract imports only zod'),
    ]);
  });

  it('keep shell, web and cli apart', async () => {
    expect([
      await layerMessages('src-main/shell/probe.ts', '../cli/main'),
      await layerMessages('src-main/web/probe.ts', '../shell/window'),
      await layerMessages('src-main/cli/probe.ts', '../web/server'),
    ]).toEqual([
      [expect.stringContaining('The shell never imports')],
      [expect.stringContaining('Web mode never imports')],
      [expect.stringContaining('The CLI never imports')],
    ]);
  });
});
