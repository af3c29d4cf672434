// Used by bench/suites/grid-live.ts outside vitest too: nothing here may import vitest.
import type { Page } from 'playwright-core';
import type { ApiInput, ApiOutput, ApiResult, MethodName } from '../../src-main/contract';
import type { UnitKind } from '../../src-main/contract/units/unit';

/** One API call from inside the page, with the session cookie web mode set (as the renderer calls). */
export async function api<N extends MethodName>(page: Page, name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const r = await page.evaluate(
    async ([n, i]) => {
      const res = await fetch(`/api/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(i) });
      // The one cast of these tests, as in src-renderer/lib/api.ts: the body is the dispatcher's ApiResult
      // for `name`, checked against the method's output schema; JSON cannot carry that type itself.
      return (await res.json()) as ApiResult<N>;
    },
    [name, input] as const,
  );
  if (!r.ok) throw new Error(`${name} failed: ${r.error.message}`);
  return r.data;
}

export interface Seeded {
  province: string;
  dangLe: string;
  anBinh: string;
  venueKind: string;
  sessionForm: string;
}

/** Units and a few records for the pages to show; the models grid is filled by the tests themselves. */
export async function seed(page: Page): Promise<Seeded> {
  const unit = async (name: string, kind: UnitKind, parentId: string | null, code: string | null = null) =>
    (await api(page, 'units.create', { name, kind, parentId, code })).id;
  const province = await unit('Tỉnh Hải Dương', 'province', null, '30');
  await api(page, 'units.create', { name: 'Huyện Gia Lộc', kind: 'district', parentId: province, validUntil: '2025-06-30' });
  const dangLe = await unit('Xã Đặng Lễ', 'commune', province, '10801');
  const anBinh = await unit('Xã An Bình', 'commune', province, '10802');
  await unit('Thôn Đông', 'residential_area', anBinh);
  const cats = await api(page, 'catalogues.list', {});
  const first = (c: string) => cats.rows.find((r) => r.catalogue === c)?.id ?? '';
  const venueKind = first('venue_kind');
  const sessionForm = first('session_form');
  for (const [i, topic] of ['Phòng chống ma túy cho học sinh', 'Phòng chống lừa đảo qua mạng', 'Ký cam kết an toàn về ANTT'].entries()) {
    await api(page, 'sessions.create', {
      heldOn: `2017-0${i + 3}-1${i}`,
      unitId: i === 1 ? dangLe : anBinh,
      venueKindId: venueKind,
      formId: sessionForm,
      topic,
      presenter: 'Đặng Văn Lâm',
      attendees: 120 + i * 35,
    });
    await api(page, 'outcomes.save', {
      unitId: i === 1 ? dangLe : anBinh,
      period: `2017-0${i + 1}`,
      tipsReceived: 12 + i,
      valuableTips: 5,
      casesSolved: 2 + i,
      suspectsArrested: 1275 * i,
    });
  }
  await api(page, 'registrations.create', {
    year: 2017,
    unitId: anBinh,
    registeredOn: '2017-02-15',
    assessment: 'passed',
    points: 92,
    decisionNumber: '125/QĐ-UBND',
    decisionDate: '2017-12-20',
    recognisedBy: 'UBND huyện Gia Lộc',
  });
  await api(page, 'registrations.create', { year: 2017, unitId: dangLe, registeredOn: '2017-03-01' });
  return { province, dangLe, anBinh, venueKind, sessionForm };
}

/** The cell of a visible grid row (the grid renders only rows on screen). */
export function cell(page: Page, row: number, col: string) {
  return page.locator(`.grid-row[data-row="${row}"] .grid-cell[data-col="${col}"]`);
}

/** Scrolls the grid so a row is rendered. */
export async function scrollToRow(page: Page, row: number): Promise<void> {
  await page.evaluate((r) => {
    const el = document.querySelector('.grid-scroll');
    if (el) el.scrollTop = Math.max(0, r * 30 - 60);
  }, row);
  await page.locator(`.grid-row[data-row="${row}"]`).waitFor();
}
