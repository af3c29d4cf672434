import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../../src-main/cli/commands/report';

const dir = mkdtempSync(join(tmpdir(), 'antq-cli-dates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(from: string, to: string) {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  const out = join(dir, `${from.replace(/\W/g, '')}.xlsx`);
  // No core: a date the calendar lacks must be refused before the command asks the core for anything.
  const code = await reportCommand.run({ positional: [], flags: { from, to, out } }, io, null);
  return { code, lines, written: existsSync(out) };
}

describe('the report command reads --from/--to with the one date parser', () => {
  it('refuses 31/02 and 29/02 of a common year, saying which date and why', async () => {
    expect(await run('31/02/2017', '30/06/2017')).toEqual({ code: 2, lines: ['Ngày "31/02/2017" không có thật.'], written: false });
    expect(await run('01/01/2023', '29/02/2023')).toEqual({ code: 2, lines: ['Ngày "29/02/2023" không có thật.'], written: false });
    expect(await run('2017-02-31', '2017-03-31')).toMatchObject({ code: 2, lines: ['Ngày "2017-02-31" không có thật.'] });
  });

  it('refuses a year outside 1945–2100 and a text that is not a date', async () => {
    expect((await run('01/01/1900', '31/12/1900')).lines).toEqual(['Ngày "01/01/1900" nằm ngoài khoảng 01/01/1945 – 31/12/2100.']);
    expect((await run('hôm qua', '31/12/2017')).lines).toEqual(['Ngày "hôm qua" không đúng dạng dd/mm/yyyy.']);
  });

  it('gets past the dates for the new forms (and stops only for want of a database)', async () => {
    expect((await run('1/1/17', '30.06.2017')).code).toBe(1);
    expect((await run('01012017', '30-06-2017')).code).toBe(1);
  });
});
