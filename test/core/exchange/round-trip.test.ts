import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src-main/core/reports/report';
import { admin, callOk, viewer } from '../../fixtures/core';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { readWorkbook } from '../../../src-main/core/exporters/excel';
import { pdfFile, pdfText } from '../certificates/pdf-tools';
import { enterWork, exportTo, importInto, makeMinistry, makeOffices, packageDatabase, type Office } from './offices';

let province: Office;
let a: Office;
let b: Office;

const YEAR = { period: { kind: 'year' as const, year: 2017 } };
const total = (r: Report, key: string) => r.indicators.find((i) => i.key === key)?.value ?? 0;
const KEYS = ['sessions', 'sessions.attendees', 'outcomes.tips', 'outcomes.cases', 'models.existing', 'registrations.commune.registered'];

beforeAll(async () => {
  ({ province, a, b } = await makeOffices());
  await enterWork(a, 'A1', 1);
  await enterWork(a, 'A2', 2);
  await enterWork(b, 'B1', 3);
}, 60_000);
afterAll(() => [province, a, b].forEach((o) => o.core.close()));

describe('district A and B send their books to the province', () => {
  it('previews, then applies, each package; the province year report equals the sum of the districts', async () => {
    const packA = await exportTo(a, province.id);
    const preview = await importInto(province, packA, true);
    expect(preview.ok && preview.data.applied).toBe(false);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.data.kinds.find((k) => k.kind === 'sessions')).toMatchObject({ new: 6, changed: 0, deleted: 0 });
    // A2 (31102) is unknown at the province: created under Huyện An, which the code 311 matches.
    expect(preview.data.references).toEqual([{ what: 'unit', code: '31102', name: 'Xã An Hai', match: 'created', under: 'Huyện An' }]);
    expect((await callOk(province.core, 'sessions.list', { offset: 0, limit: 50 }, viewer)).total).toBe(0);

    const applied = await importInto(province, packA);
    expect(applied.ok && applied.data.applied).toBe(true);
    const appliedB = await importInto(province, await exportTo(b, province.id));
    expect(appliedB.ok && appliedB.data.applied).toBe(true);

    const [rp, ra, rb] = await Promise.all([province, a, b].map((o) => callOk(o.core, 'reports.build', YEAR, viewer)));
    for (const key of KEYS) expect(total(ra!, key) + total(rb!, key), key).toBeGreaterThan(0);
    // Every additive figure (rates are not sums) of the province is the districts' sum.
    for (const i of rp!.indicators.filter((x) => !x.key.endsWith('.rate'))) {
      expect(i.value, i.key).toBe(total(ra!, i.key) + total(rb!, i.key));
    }
  });

  it('filters the province report and overview by origin office: each district alone equals its own books', async () => {
    for (const d of [a, b]) {
      const own = await callOk(d.core, 'reports.build', YEAR, viewer);
      const there = await callOk(province.core, 'reports.build', { ...YEAR, origin: d.id }, viewer);
      for (const i of there.indicators.filter((x) => !x.key.endsWith('.rate'))) expect(i.value, `${d.id} ${i.key}`).toBe(total(own, i.key));
      expect(total(there, 'sessions')).toBeGreaterThan(0);
    }
    const provinceOwn = await callOk(province.core, 'reports.build', { ...YEAR, origin: 'own' }, viewer);
    expect(total(provinceOwn, 'sessions')).toBe(0);
    const overview = await callOk(province.core, 'reports.dashboard', { year: 2017, origin: a.id }, viewer);
    const overviewA = await callOk(a.core, 'reports.dashboard', { year: 2017 }, viewer);
    expect(overview.keyFigures).toEqual(overviewA.keyFigures);
    expect(overview.sessionsPerMonth).toEqual(overviewA.sessionsPerMonth);
  });

  it("names the office a report was narrowed to, and its exports hold only that office's records", async () => {
    const there = await callOk(province.core, 'reports.build', { ...YEAR, origin: a.id }, viewer);
    expect(there.origin).toEqual({ id: a.id, name: 'Công an huyện An' });
    // Its opening speaks of that office, not of the whole province.
    expect(there.narrative[0]).toMatch(/^Năm 2017, Công an huyện An đã xây dựng được 2 mô hình mới/);
    const all = await callOk(province.core, 'reports.build', YEAR, viewer);
    expect(all.origin).toBeNull();
    expect(all.narrative[0]).toMatch(/^Năm 2017, toàn tỉnh đã xây dựng được 3 mô hình mới/);
    // The province's own id is its own records, as 'own' is.
    const own = await callOk(province.core, 'reports.build', { ...YEAR, origin: province.id }, viewer);
    expect(own.origin).toEqual({ id: 'own', name: 'Công an tỉnh Thử Nghiệm' });
    const unknown = await province.core.call('reports.build', { ...YEAR, origin: 'CAH-KHONG-CO' }, viewer);
    expect(unknown.ok ? null : unknown.error).toMatchObject({
      code: 'VALIDATION',
      message: 'Không có cơ quan mã "CAH-KHONG-CO" trong danh sách cơ quan gửi số liệu; hãy chọn lại nguồn số liệu.',
    });

    // The workbook: the filters say whose records, and each detail sheet lists only A's (6 sessions of B's 9 with A's).
    const sessionRows = async (origin?: string) => {
      const file = await callOk(province.core, 'reports.exportXlsx', { ...YEAR, ...(origin ? { origin } : {}) }, viewer);
      const sheet = (await readWorkbook(Buffer.from(file.base64, 'base64'))).getWorksheet('Buổi tuyên truyền')!;
      const texts: string[] = [];
      sheet.eachRow((row) => texts.push(row.values ? JSON.stringify(row.values) : ''));
      return { sessions: texts.filter((t) => t.includes('Phòng chống tội phạm')).length, all: texts.join('\n') };
    };
    const onlyA = await sessionRows(a.id);
    expect(onlyA.sessions).toBe(6);
    expect(onlyA.all).toContain('Nguồn số liệu: Công an huyện An');
    expect((await sessionRows()).sessions).toBe(9);
    // The PDF says it under its title.
    const pdf = await callOk(province.core, 'reports.exportPdf', { ...YEAR, origin: a.id }, viewer);
    expect(pdfText(pdfFile(Buffer.from(pdf.base64, 'base64'))).replace(/\s+/g, ' ')).toContain('số liệu của Công an huyện An');
  });

  it("names each record's office in its output", async () => {
    const list = await callOk(province.core, 'sessions.list', { offset: 0, limit: 50 }, viewer);
    expect(new Set(list.rows.map((r) => r.originOfficeId))).toEqual(new Set([a.id, b.id]));
    const models = await callOk(province.core, 'models.list', { offset: 0, limit: 50 }, viewer);
    expect(models.rows.every((m) => m.originOfficeId === a.id || m.originOfficeId === b.id)).toBe(true);
    const atA = await callOk(a.core, 'sessions.list', { offset: 0, limit: 1 }, viewer);
    expect(atA.rows[0]!.originOfficeId).toBe(a.id);
  });

  it('keeps district records read-only at the province, naming their office', async () => {
    const list = await callOk(province.core, 'sessions.list', { offset: 0, limit: 50 }, viewer);
    const row = list.rows[0]!;
    const r = await province.core.call('sessions.update', { id: row.id, topic: 'Sửa ở tỉnh' }, admin);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/Công an huyện/);
    const d = await province.core.call('sessions.delete', { id: row.id }, admin);
    expect(d.ok).toBe(false);
    const model = (await callOk(province.core, 'models.list', { offset: 0, limit: 1 }, viewer)).rows[0]!;
    const m = await province.core.call('models.update', { id: model.id, name: 'Sửa ở tỉnh' }, admin);
    expect(!m.ok && m.error.code).toBe('FORBIDDEN');
    const outcome = (await callOk(province.core, 'outcomes.list', { offset: 0, limit: 1 }, viewer)).rows[0]!;
    const o = await province.core.call(
      'outcomes.save',
      { unitId: outcome.unitId, period: outcome.period, tipsReceived: 1, mode: 'replace' },
      admin,
    );
    expect(!o.ok && o.error.code).toBe('FORBIDDEN');
  });

  it('carries a change and a delete in the next package, and undoes it', async () => {
    const sessions = await callOk(a.core, 'sessions.list', { offset: 0, limit: 50 }, viewer);
    const [first, second] = sessions.rows;
    await callOk(a.core, 'sessions.update', { id: first!.id, attendees: 999 });
    await callOk(a.core, 'sessions.delete', { id: second!.id });
    const pack = await exportTo(a, province.id);
    const r = await importInto(province, pack);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.kinds.find((k) => k.kind === 'sessions')).toMatchObject({ new: 0, changed: 1, deleted: 1 });
    expect((await callOk(province.core, 'sessions.get', { id: first!.id }, viewer)).attendees).toBe(999);
    expect((await province.core.call('sessions.get', { id: second!.id }, viewer)).ok).toBe(false);

    const undone = await callOk(province.core, 'exchange.undoLastImport', { officeId: a.id });
    expect(undone.sequence).toBe(2);
    expect((await callOk(province.core, 'sessions.get', { id: first!.id }, viewer)).attendees).not.toBe(999);
    expect((await callOk(province.core, 'sessions.get', { id: second!.id }, viewer)).id).toBe(second!.id);
    // The undone package applies again: it follows the last one still in effect.
    const again = await importInto(province, pack);
    expect(again.ok && again.data.applied).toBe(true);
    expect((await callOk(province.core, 'sessions.get', { id: first!.id }, viewer)).attendees).toBe(999);
  });

  it("makes the Ministry's yearly copy: the province's detail and report figures in the same format", async () => {
    const ministry = await makeMinistry(province);
    const r = await callOk(province.core, 'exchange.exportPackage', { to: 'MINISTRY', year: 2017 });
    expect(r.manifest).toMatchObject({ receiver: 'MINISTRY', full: true, reportYear: 2017 });
    const bytes = Buffer.from(r.contentBase64, 'base64');
    const SQL = await loadSqlJs();
    const db = new SQL.Database(new Uint8Array(packageDatabase(bytes)));
    const figures = JSON.parse(String(db.exec('SELECT json FROM report')[0]!.values[0]![0])) as Report;
    db.close();
    const atProvince = await callOk(province.core, 'reports.build', YEAR, viewer);
    expect(figures.indicators).toEqual(atProvince.indicators);
    expect((await importInto(ministry, bytes)).ok).toBe(true);
    const atMinistry = await callOk(ministry.core, 'reports.build', YEAR, viewer);
    for (const i of atProvince.indicators) expect(total(atMinistry, i.key), i.key).toBe(i.value);
    ministry.core.close();
  });
});
