import type { ReadDb } from '../db/types';
import { outcomesPerYear } from '../outcomes';
import { sessionsPerMonth } from '../sessions';
import { prepareReport, UNIT_COLUMNS } from './build-report';
import { previousYearPeriod } from './period';
import { ratePercent } from './vi-number';

import type { Dashboard } from '../../contract/reports/dashboard';

export { Dashboard } from '../../contract/reports/dashboard';

// Valuable tips (tin có giá trị) are the tips figure offices report; registrations show recognised
// out of registered ("1.300/1.469") for residential areas, communes and organisations alike.
const KEY_FIGURES = [
  'models.existing',
  'models.new',
  'sessions',
  'sessions.attendees',
  'outcomes.valuable',
  'outcomes.cases',
  'outcomes.arrests',
  'registrations.kdc.recognised',
  'registrations.commune.recognised',
  'registrations.org.recognised',
  'commendations',
];

// Cells of the table by unit: STT and name come first.
const KDC_REGISTERED = 2 + UNIT_COLUMNS.findIndex((c) => c.key === 'kdcRegistered');
const KDC_RECOGNISED = 2 + UNIT_COLUMNS.findIndex((c) => c.key === 'kdcRecognised');

/**
 * Builds the overview for `year`, counted to `today` when the year is the current one, so the
 * comparison is with the same part of last year.
 */
export function buildDashboard(db: ReadDb, year: number, today: string, filter?: string): Dashboard {
  const to = today.startsWith(String(year)) ? today : `${year}-12-31`;
  const { report } = prepareReport(db, { period: { kind: 'range', from: `${year}-01-01`, to }, origin: filter });
  // Checked and normalised by the report: this office's own id reads as 'own'.
  const origin = report.origin?.id;
  const byKey = new Map(report.indicators.map((i) => [i.key, i]));
  const previous = previousYearPeriod(report.period);
  const lastYear = new Map(sessionsPerMonth(db, { ...previous, origin }).map((m) => [m.month.slice(5), m.sessions]));
  const months = new Map(sessionsPerMonth(db, { ...report.period, origin }).map((m) => [m.month.slice(5), m.sessions]));
  const monthCount = Number(to.slice(5, 7));
  return {
    year,
    periodLabel: year === Number(today.slice(0, 4)) ? `Năm ${year} (đến ${to.slice(8, 10)}/${to.slice(5, 7)})` : `Năm ${year}`,
    previousLabel: `Cùng kỳ năm ${year - 1}`,
    previousHasData: report.indicators.some((i) => i.previous !== 0),
    keyFigures: KEY_FIGURES.flatMap((k) => byKey.get(k) ?? []),
    modelsByType: report.indicators
      .filter((i) => i.key.startsWith('models.existing.'))
      .map((i) => ({ label: /"([^"]+)"/.exec(i.label)?.[1] ?? i.label, value: i.value, previous: i.previous })),
    sessionsPerMonth: Array.from({ length: monthCount }, (_, i) => {
      const mm = String(i + 1).padStart(2, '0');
      return { label: `T${i + 1}`, value: months.get(mm) ?? 0, previous: lastYear.get(mm) ?? 0 };
    }),
    outcomesByYear: outcomesPerYear(db, year - 9, year, { origin }),
    registrationRateByUnit: report.unitTable.rows
      .filter((r) => r.kind === 'unit' || r.kind === 'subtotal')
      .filter((r) => r.level === 0)
      .map((r) => {
        const registered = Number(r.cells[KDC_REGISTERED] ?? 0);
        const recognised = Number(r.cells[KDC_RECOGNISED] ?? 0);
        return { unit: String(r.cells[1]), registered, recognised, rate: ratePercent(recognised, registered) };
      }),
  };
}
