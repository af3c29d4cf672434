import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import type { Report } from '../../../src-main/core/reports/report';
import { callOk, makeTestCore, viewer } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';
import { KNOWN_2016, KNOWN_2017, MODEL_TYPES_2017 } from '../../fixtures/seed/known-totals';
import { seedProvince2017, type SeededProvince } from '../../fixtures/seed/province-2017';

let core: Core;
let seeded: SeededProvince;
let report: Report;

const ind = (key: string) => {
  const i = report.indicators.find((x) => x.key === key);
  if (!i) throw new Error(`no indicator ${key}`);
  return i;
};

beforeAll(async () => {
  core = await makeTestCore();
  seeded = await seedProvince2017(core);
  report = await callOk(core, 'reports.build', { period: { kind: 'year', year: 2017 } }, viewer);
}, 120_000);
afterAll(() => core.close());

describe('reports.build for the 2017 province year', () => {
  it('counts models by type existing at year end, new and dissolved, beside 2016', () => {
    for (const t of MODEL_TYPES_2017) expect(ind(`models.existing.${entryId(t.code)}`).value).toBe(t.existing);
    expect(ind(`models.existing.${entryId('TU_QUAN_TU_PHONG')}`).value).toBe(KNOWN_2017.modelsNew);
    expect(ind('models.new')).toMatchObject({
      value: KNOWN_2017.modelsNew,
      previous: KNOWN_2016.modelsNew,
      change: KNOWN_2017.modelsNew - KNOWN_2016.modelsNew,
    });
    expect(ind('models.existing')).toMatchObject({ value: KNOWN_2017.modelsExisting, previous: KNOWN_2016.modelsExisting });
    expect(ind('models.dissolved')).toMatchObject({ value: KNOWN_2017.modelsDissolved, previous: 0 });
  });

  it('counts sessions, attendees, households and the outcomes of tips', () => {
    expect(ind('sessions')).toMatchObject({ value: KNOWN_2017.sessions, previous: KNOWN_2016.sessions });
    expect(ind('sessions.attendees').value).toBe(KNOWN_2017.attendees);
    expect(ind('sessions.households')).toMatchObject({ value: KNOWN_2017.households, previous: KNOWN_2016.households });
    expect(ind('outcomes.tips')).toMatchObject({ value: KNOWN_2017.tips, previous: KNOWN_2016.tips });
    expect(ind('outcomes.valuable').value).toBe(KNOWN_2017.valuable);
    expect(ind('outcomes.cases')).toMatchObject({ value: 1275, previous: KNOWN_2016.cases, change: 1275 - KNOWN_2016.cases });
    expect(ind('outcomes.arrests')).toMatchObject({ value: 1321, previous: KNOWN_2016.arrests });
    const byForm = report.indicators.filter((i) => i.key.startsWith('sessions.form.'));
    expect(byForm.reduce((s, i) => s + i.value, 0)).toBe(KNOWN_2017.sessions);
    const byVenue = report.indicators.filter((i) => i.key.startsWith('sessions.venue.'));
    expect(byVenue.reduce((s, i) => s + i.value, 0)).toBe(KNOWN_2017.sessions);
  });

  it('shows registrations and recognitions by kind as recognised/registered with the rate', () => {
    expect(ind('registrations.kdc.registered')).toMatchObject({ value: 1469, previous: KNOWN_2016.kdcRegistered });
    expect(ind('registrations.kdc.recognised')).toMatchObject({ value: KNOWN_2017.kdcRecognised, ratio: '1.300/1.469' });
    expect(ind('registrations.kdc.rate').value).toBeCloseTo(88.5, 1);
    expect(ind('registrations.commune.registered').value).toBe(265);
    expect(ind('registrations.org.registered').value).toBe(1223);
    expect(ind('registrations.org.recognised').value).toBe(KNOWN_2017.orgRecognised);
  });

  it('counts commendations by form, authority and collective or individual', () => {
    expect(ind('commendations')).toMatchObject({ value: KNOWN_2017.commendations, previous: KNOWN_2016.commendations });
    const key = `commendations.${entryId('BANG_KHEN')}.${entryId('CHU_TICH_UBND_TINH')}`;
    expect(ind(`${key}.collective`).value).toBe(5);
    expect(ind(`${key}.individual`).value).toBe(7);
    expect(ind(`commendations.${entryId('GIAY_KHEN')}.${entryId('GIAM_DOC_CA_TINH')}.collective`)).toMatchObject({
      value: 10,
      previous: 8,
    });
  });

  it('lays the table out by district with commune rows, subtotals that add up, and the province total', () => {
    const rows = report.unitTable.rows;
    const subtotals = rows.filter((r) => r.kind === 'subtotal');
    expect(subtotals.map((r) => r.cells[1])).toEqual(['Huyện Cẩm Giàng', 'Huyện Kinh Môn', 'Huyện Thanh Hà', 'Thành phố Hải Dương']);
    expect(rows.filter((r) => r.kind === 'unit')).toHaveLength(seeded.communeIds.length);
    const total = rows.at(-1)!;
    expect(total.kind).toBe('total');
    const col = (key: string) =>
      2 +
      [
        'modelsExisting',
        'modelsNew',
        'sessions',
        'attendees',
        'households',
        'tips',
        'valuable',
        'cases',
        'arrests',
        'kdcRegistered',
        'kdcRecognised',
        'communeRegistered',
        'communeRecognised',
        'orgRegistered',
        'orgRecognised',
      ].indexOf(key);
    for (const [key, value] of Object.entries({
      modelsExisting: KNOWN_2017.modelsExisting,
      modelsNew: 335,
      sessions: 520,
      cases: 1275,
      arrests: 1321,
      kdcRegistered: 1469,
      communeRegistered: 265,
      orgRegistered: 1223,
    })) {
      expect(total.cells[col(key)], key).toBe(value);
      expect(
        subtotals.reduce((s, r) => s + Number(r.cells[col(key)]), 0),
        key,
      ).toBe(value);
    }
    for (const sub of subtotals) {
      for (let c = 2; c < sub.cells.length; c++) expect(sub.cells[c]).toBe(sub.sumOf!.reduce((s, i) => s + Number(rows[i]!.cells[c]), 0));
    }
  });

  it('opens with a Vietnamese narrative built from the same numbers', () => {
    expect(report.narrative[0]).toMatch(/^Năm 2017, toàn tỉnh đã xây dựng được 335 mô hình mới, nâng tổng số .* lên 1\.552 mô hình/);
    expect(report.narrative.join(' ')).toContain('khám phá 1.275 vụ án, bắt giữ 1.321 đối tượng');
    expect(report.narrative.join(' ')).toContain('1.300/1.469 khu dân cư');
  });

  it('reports one district by its communes and refuses an impossible range in Vietnamese', async () => {
    const district = await callOk(core, 'reports.build', { period: { kind: 'half', year: 2017 }, unitId: seeded.districtIds[0] }, viewer);
    expect(district.unitTable.rows.filter((r) => r.kind === 'unit')).toHaveLength(66);
    expect(district.period).toMatchObject({ from: '2017-01-01', to: '2017-06-30', label: '6 tháng đầu năm 2017' });
    const bad = await core.dispatch('reports.build', { period: { kind: 'range', from: '2017-02-30', to: '2017-03-01' } }, viewer);
    expect(bad.ok ? 'ok' : bad.error.code).toBe('VALIDATION');
  });

  it('gives the overview: key figures with the change on last year and the chart series', async () => {
    const d = await callOk(core, 'reports.dashboard', { year: 2017 }, viewer);
    expect(d.keyFigures.find((k) => k.key === 'outcomes.cases')).toMatchObject({ value: 1275, previous: KNOWN_2016.cases });
    // The headline tips figure is the valuable tips (tin có giá trị), not every tip received.
    const tips = d.keyFigures.filter((k) => k.key.startsWith('outcomes.') && k.unit === 'tin');
    expect(tips).toEqual([
      expect.objectContaining({ key: 'outcomes.valuable', value: KNOWN_2017.valuable, previous: KNOWN_2016.valuable }),
    ]);
    const recognised = (kind: string) => d.keyFigures.find((k) => k.key === `registrations.${kind}.recognised`)?.ratio;
    expect([recognised('kdc'), recognised('commune'), recognised('org')]).toEqual(['1.300/1.469', '240/265', '1.100/1.223']);
    expect(d.sessionsPerMonth).toHaveLength(12);
    expect(d.sessionsPerMonth.reduce((s, m) => s + m.value, 0)).toBe(KNOWN_2017.sessions);
    expect(d.sessionsPerMonth.reduce((s, m) => s + (m.previous ?? 0), 0)).toBe(KNOWN_2016.sessions);
    expect(d.outcomesByYear).toEqual([
      { year: '2016', tips: KNOWN_2016.tips, cases: KNOWN_2016.cases, arrests: KNOWN_2016.arrests },
      { year: '2017', tips: KNOWN_2017.tips, cases: 1275, arrests: 1321 },
    ]);
    expect(d.registrationRateByUnit).toHaveLength(4);
    expect(d.registrationRateByUnit.reduce((s, u) => s + u.registered, 0)).toBe(1469);
    expect(d.modelsByType.map((m) => m.value)).toEqual([14, 168, 652, 212, 121, 50, 335]);
  });
});
