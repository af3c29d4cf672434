import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { aModel, aUnitTree, testClock } from '../../fixtures/records';
import { tableDigest, xlsxBase64 } from './xlsx';

let core: Core;
let units: ReturnType<typeof aUnitTree>;
beforeEach(async () => {
  core = await makeTestCore({ clock: testClock });
  units = aUnitTree(core);
});
afterEach(() => core.close());

const HEADER = ['Ngày', 'Đơn vị', 'Loại địa điểm', 'Hình thức', 'Nội dung, chủ đề', 'Số người dự'];
const sessionCount = () => core.env.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM propaganda_sessions')?.n ?? -1;

describe('imports of sessions', () => {
  it('previews without saving, then applies every row and undoes exactly them', async () => {
    const file = await xlsxBase64([
      HEADER,
      ['05/03/2026', 'Phường Ái Quốc', 'Khu dân cư', 'Nói chuyện chuyên đề', 'Phòng chống ma tuý', '1.275'],
      [new Date(Date.UTC(2026, 2, 6)), 'Thôn Đông Hà', 'KHU_DAN_CU', 'Tuyên truyền', 'An toàn giao thông', 40],
    ]);
    const preview = await callOk(core, 'imports.preview', { kind: 'sessions', fileBase64: file }, clerk);
    expect(preview).toMatchObject({ headerRow: 1, rows: 2, problemCount: 0, ready: true });
    expect(preview.columns.map((c) => c.field)).toEqual(['heldOn', 'unitId', 'venueKindId', 'formId', 'topic', 'attendees']);
    expect(preview.fields.find((f) => f.field === 'presenter')).toMatchObject({ letter: null, required: false });
    expect(sessionCount()).toBe(0);

    const done = await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: file, fileName: 'buoi.xlsx' }, clerk);
    expect(done).toMatchObject({ kind: 'sessions', created: 2, fileName: 'buoi.xlsx' });
    const list = await callOk(core, 'sessions.list', { sort: [{ column: 'heldOn', dir: 'asc' }] }, viewer);
    expect(list.rows.map((r) => [r.heldOn, r.unitName, r.attendees])).toEqual([
      ['2026-03-05', 'Phường Ái Quốc', 1275],
      ['2026-03-06', 'Thôn Đông Hà', 40],
    ]);
    expect((await callOk(core, 'imports.last', { kind: 'sessions' }, viewer)).last?.id).toBe(done.id);

    const other = await callOk(core, 'sessions.create', {
      heldOn: '2026-03-07',
      unitId: units.commune,
      venueKindId: list.rows[0]!.venueKindId,
      formId: list.rows[0]!.formId,
      topic: 'Nhập tay',
    });
    expect(await callOk(core, 'imports.undo', { importId: done.id }, clerk)).toEqual({ removed: 2 });
    const left = await callOk(core, 'sessions.list', {}, viewer);
    expect(left.rows.map((r) => r.id)).toEqual([other.id]);
    expect((await callOk(core, 'imports.last', { kind: 'sessions' }, viewer)).last).toBeNull();
  });

  it('refuses an undo once an imported record was edited, saying which row', async () => {
    const file = await xlsxBase64([HEADER, ['05/03/2026', 'Phường Ái Quốc', 'Khu dân cư', 'Tuyên truyền', 'Chủ đề', 10]]);
    const done = await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: file }, clerk);
    const [row] = (await callOk(core, 'sessions.list', {}, viewer)).rows;
    await callOk(core, 'sessions.update', { id: row!.id, topic: 'Đã sửa', expectedVersion: row!.version });
    const before = tableDigest(core);
    const r = await core.call('imports.undo', { importId: done.id }, clerk);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toContain('đã được sửa sau khi nhập (dòng 2');
    }
    expect(tableDigest(core)).toBe(before);
  });

  it('resolves units by code or name and names the candidates of an ambiguous name', async () => {
    core.env.store.write((tx) => tx.run(`UPDATE units SET code = 'AQ' WHERE id = ?`, [units.commune]));
    // A second "Thôn Đông Hà" under another commune.
    core.env.store.write((tx) =>
      tx.run(
        `INSERT INTO units (id, code, name, name_search, name_sort, kind, parent_id, valid_from, created_at, updated_at)
         VALUES ('0b6f7c1e-8a55-4c1f-9d4e-2a1b3c4d5e70', 'DH2', 'Thôn Đông Hà', 'thon dong ha', 'thon dong ha', 'residential_area', ?, NULL, 'x', 'x')`,
        [units.oldCommune],
      ),
    );
    const file = await xlsxBase64([
      ['Ngay to chuc', 'Ma don vi', 'Dia diem', 'Hinh thuc tuyen truyen', 'Noi dung'],
      ['05/03/2026', 'aq', 'Khu dân cư', 'Tuyên truyền', 'Một'],
      ['05/03/2026', 'thon dong ha', 'Khu dân cư', 'Tuyên truyền', 'Hai'],
    ]);
    const preview = await callOk(core, 'imports.preview', { kind: 'sessions', fileBase64: file }, clerk);
    expect(preview.problemCount).toBe(1);
    expect(preview.problems[0]).toMatchObject({ row: 3, column: 'B', field: 'unitId' });
    expect(preview.problems[0]!.message).toMatch(
      /^Dòng 3, cột B \(Đơn vị\): Tên "thon dong ha" trùng với 2 đơn vị: .*thuộc Phường Ái Quốc.*thuộc Xã Đồng Quang/,
    );
  });

  it("names a session's model by its name", async () => {
    const modelId = await aModel(core, units.area, 'Tiếng kẻng thôn Đông Hà');
    const file = await xlsxBase64([
      [...HEADER, 'Mô hình'],
      ['05/03/2026', 'Thôn Đông Hà', 'Khu dân cư', 'Tuyên truyền', 'Chủ đề', 10, 'tieng keng thon dong ha'],
    ]);
    await callOk(core, 'imports.apply', { kind: 'sessions', fileBase64: file }, clerk);
    expect((await callOk(core, 'sessions.list', {}, viewer)).rows[0]?.modelId).toBe(modelId);
  });

  it('is for clerks: a viewer may not import', async () => {
    const file = await xlsxBase64([HEADER]);
    const r = await core.call('imports.apply', { kind: 'sessions', fileBase64: file }, viewer);
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
  });
});
