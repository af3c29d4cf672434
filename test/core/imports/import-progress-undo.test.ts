import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, fixtureAccount, makeTestCore, viewer } from '../../fixtures/core';
import { expectRising, recordProgress } from '../../fixtures/progress';
import { aUnitTree, testClock } from '../../fixtures/records';
import { xlsxBase64, type CellInput } from './xlsx';

/**
 * Issue 13: an Excel import of 10,000 rows reports its progress while it checks and writes the rows,
 * and its undo removes the records a few statements at a time, leaving the record tables as they were.
 */
const ROWS = 10_000;
const HEADER = ['Ngày', 'Đơn vị', 'Loại địa điểm', 'Hình thức', 'Nội dung, chủ đề', 'Số người dự'];
let core: Core;
let file = '';

/** The sessions, their full-text rows and count, as text: equal dumps, the same records. */
function sessionDump(): string {
  const db = core.env.store;
  const hash = createHash('sha256');
  for (const row of db.all('SELECT * FROM propaganda_sessions ORDER BY rowid')) hash.update(JSON.stringify(row));
  for (const row of db.all('SELECT docid, * FROM propaganda_sessions_fts ORDER BY docid')) hash.update(JSON.stringify(row));
  for (const row of db.all('SELECT * FROM propaganda_sessions_count')) hash.update(JSON.stringify(row));
  return hash.digest('hex');
}

beforeAll(async () => {
  core = await makeTestCore({ clock: testClock });
  aUnitTree(core);
  fixtureAccount(core, 'clerk');
  // Some sessions of the office's own before the import.
  const rows: CellInput[][] = [HEADER];
  for (let i = 1; i <= ROWS; i += 1) rows.push(['05/03/2026', 'Phường Ái Quốc', 'Khu dân cư', 'Tuyên truyền', `Chủ đề ${i}`, i]);
  const own = await xlsxBase64(rows.slice(0, 4));
  await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: own, fileName: 'truoc.xlsx' }, clerk);
  file = await xlsxBase64(rows);
}, 180_000);
afterAll(() => core.close());

describe('an Excel import of 10,000 rows', () => {
  it('reports the reading, the rows checked and the records written as it goes', async () => {
    const preview = recordProgress(core);
    expect((await callOk(core, 'imports.preview', { kind: 'sessions', fileBase64: file }, clerk)).ready).toBe(true);
    preview.stop();
    expect(preview.reports[0]).toEqual({ method: 'imports.preview', label: 'Đọc tệp Excel', done: 0, total: 0 });
    expectRising(preview.reports, 'Kiểm tra các dòng', ROWS);
    expect(preview.reports.some((r) => r.label === 'Ghi bản ghi')).toBe(false);

    const before = sessionDump();
    const apply = recordProgress(core);
    const done = await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: file, fileName: 'lon.xlsx' }, clerk);
    apply.stop();
    expect(apply.reports.every((r) => r.method === 'imports.apply')).toBe(true);
    expectRising(apply.reports, 'Kiểm tra các dòng', ROWS);
    expectRising(apply.reports, 'Ghi bản ghi', ROWS);
    expect((await callOk(core, 'sessions.list', {}, viewer)).total).toBe(ROWS + 3);

    await callOk(core, 'imports.undo', { importId: done.id }, clerk);
    expect(sessionDump()).toBe(before);
    // Each record removed is in the trail with its values, as the delete triggers log them.
    const deletes = core.env.store.all<{ changes: string }>(
      `SELECT changes FROM audit_log WHERE method = 'imports.undo' AND kind = 'propaganda_sessions' AND action = 'delete'`,
    );
    expect(deletes).toHaveLength(ROWS);
    for (const d of deletes.slice(0, 50)) expect(JSON.parse(d.changes)).toMatchObject({ topic: [expect.stringMatching(/^Chủ đề/), null] });
  }, 180_000);
});
