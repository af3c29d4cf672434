import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../../../src-main/core/app/open-core';
import { decisionCommand } from '../../../src-main/cli/commands/decision';
import { makeTestCore } from '../../fixtures/core';
import { decisionWithRecipients } from '../certificates/fixtures';
import { pdfInfo } from '../certificates/pdf-tools';

describe('cli: decision', () => {
  let core: Core;
  let decisionId: string;
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`) };
  const run = (flags: Record<string, string>) => decisionCommand.run({ positional: [], flags }, io, core);
  beforeEach(async () => {
    core = await makeTestCore();
    decisionId = (await decisionWithRecipients(core)).id;
    lines.length = 0;
  });
  afterEach(() => core.close());

  it('writes the decision as Word or PDF by the name given, and says where', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-cli-'));
    expect(await run({ decision: decisionId, out: join(dir, 'qd.docx') })).toBe(0);
    expect(readFileSync(join(dir, 'qd.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(lines.at(-1)).toMatch(/^Đã ghi quyết định DOCX \([\d.,]+ [KM]B\) vào .*qd\.docx$/);
    expect(await run({ decision: decisionId, out: join(dir, 'qd.pdf') })).toBe(0);
    expect(pdfInfo(join(dir, 'qd.pdf')).pages).toBeGreaterThan(0);
    expect(lines.at(-1)).toContain('Đã ghi quyết định PDF');
  });

  it('refuses another file type and an unknown decision, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-cli-'));
    expect(await run({ decision: decisionId, out: join(dir, 'qd.txt') })).toBe(2);
    expect(await run({ decision: 'khong-co', out: join(dir, 'none.pdf') })).toBe(1);
    expect(existsSync(join(dir, 'none.pdf'))).toBe(false);
    expect(lines.at(-1)).toMatch(/^ERR /);
  });
});
