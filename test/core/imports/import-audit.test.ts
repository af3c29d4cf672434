import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { aUnitTree, testClock } from '../../fixtures/records';
import { xlsxBase64 } from './xlsx';

let core: Core;
beforeEach(async () => {
  core = await makeTestCore({ clock: testClock });
  aUnitTree(core);
});
afterEach(() => core.close());

const HEADER = ['Ngày', 'Đơn vị', 'Loại địa điểm', 'Hình thức', 'Nội dung, chủ đề', 'Số người dự'];
const trail = async (filter: { recordId?: string; method?: string }) =>
  (await callOk(core, 'audit.list', { ...filter, limit: 100 }, admin)).entries;

describe('the audit trail of an Excel import', () => {
  it('logs the import as one event and each record as created from that file; its undo keeps every value', async () => {
    const file = await xlsxBase64([
      HEADER,
      ['05/03/2026', 'Phường Ái Quốc', 'Khu dân cư', 'Nói chuyện chuyên đề', 'Phòng chống ma tuý', 120],
      ['06/03/2026', 'Thôn Đông Hà', 'Khu dân cư', 'Tuyên truyền', 'An toàn giao thông', 40],
      ['07/03/2026', 'Thôn Đông Hà', 'Khu dân cư', 'Tuyên truyền', 'Phòng cháy chữa cháy', 35],
    ]);
    const done = await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: file, fileName: 'buoi.xlsx' }, clerk);
    const rows = await trail({ method: 'imports.apply' });
    const note = 'Nhập từ tệp Excel "buoi.xlsx"';
    expect(rows.filter((r) => r.action === 'event').map((r) => r.note)).toEqual([`${note}: 3 buổi tuyên truyền.`]);
    const sessions = (await callOk(core, 'sessions.list', {}, viewer)).rows;
    expect(sessions).toHaveLength(3);
    for (const s of sessions) {
      const history = await trail({ recordId: s.id });
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        action: 'create',
        method: 'imports.apply',
        username: 'test-clerk',
        kind: 'propaganda_sessions',
        recordId: s.id,
        note: `${note} — 3 bản ghi`,
      });
      expect(history[0]?.changes).toBeNull();
    }
    // The bulk write kept the search index.
    expect((await callOk(core, 'sessions.list', { search: 'an toan giao' }, viewer)).total).toBe(1);

    await callOk(core, 'imports.undo', { importId: done.id }, clerk);
    for (const s of sessions) {
      const [deletion] = await trail({ recordId: s.id });
      expect(deletion).toMatchObject({ action: 'delete', method: 'imports.undo' });
      expect(deletion?.changes?.['topic']?.[0]).toBe(s.topic);
    }
  });

  it('keeps the field list for kinds imported row by row (a uniqueness rule: outcomes)', async () => {
    const file = await xlsxBase64([
      ['Đơn vị', 'Tháng', 'Tin báo'],
      ['Phường Ái Quốc', '03/2026', 4],
    ]);
    await callOk(core, 'imports.apply', { kind: 'outcomes', fileBase64: file, fileName: 'kq.xlsx' }, clerk);
    const creates = (await trail({ method: 'imports.apply' })).filter((r) => r.action === 'create' && r.kind === 'outcomes');
    expect(creates).toHaveLength(1);
    expect(creates[0]?.changes).toMatchObject({ period: [null, '2026-03'] });
  });
});
