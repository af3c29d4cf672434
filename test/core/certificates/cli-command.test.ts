import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../../../src-main/core/app/open-core';
import { certificatesCommand } from '../../../src-main/cli/commands/certificates';
import { callOk, makeTestCore } from '../../fixtures/core';
import { decisionWithRecipients } from './fixtures';
import { pdfInfo } from './pdf-tools';

describe('cli: certificates', () => {
  let core: Core;
  let decisionId: string;
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`) };
  beforeEach(async () => {
    core = await makeTestCore();
    decisionId = (await decisionWithRecipients(core)).id;
    lines.length = 0;
  });
  afterEach(() => core.close());

  it('writes one page per recipient in overlay mode; the printed-on date waits for --confirm-printed', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'antq-cli-')), 'qd.pdf');
    const code = await certificatesCommand.run({ positional: [], flags: { decision: decisionId, out, overlay: true } }, io, core);
    expect(code).toBe(0);
    expect(pdfInfo(out)).toMatchObject({ pages: 2, width: 297 });
    expect(lines.join('\n')).toContain('Đã in 2 trang');
    expect(lines.join('\n')).not.toContain('Nguyễn');
    const before = await callOk(core, 'commendations.listRecipients', { decisionId });
    expect(before.rows.map((r) => r.printedOn)).toEqual([null, null]);
    const confirm = await certificatesCommand.run({ positional: [], flags: { decision: decisionId, 'confirm-printed': true } }, io, core);
    expect(confirm).toBe(0);
    expect(lines.join('\n')).toContain('cho 2 người');
    const list = await callOk(core, 'commendations.listRecipients', { decisionId });
    expect(list.rows.every((r) => r.printedOn !== null)).toBe(true);
  });

  it('refuses a missing --out or a non-PDF name, and an unknown decision', async () => {
    expect(await certificatesCommand.run({ positional: [], flags: { decision: decisionId } }, io, core)).toBe(2);
    expect(await certificatesCommand.run({ positional: [], flags: { decision: decisionId, out: 'x.txt' } }, io, core)).toBe(2);
    const out = join(mkdtempSync(join(tmpdir(), 'antq-cli-')), 'none.pdf');
    expect(await certificatesCommand.run({ positional: [], flags: { decision: 'nope', out } }, io, core)).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
