import { romanNumeral as roman } from '../../shared/roman';
import type { ReportColumn, ReportRow, ReportTable } from './report';
import type { UnitLayout } from './unit-layout';

/** A figure column of the table by unit: its header, group header and the figure key it shows. */
export interface FigureColumn {
  key: string;
  header: string;
  group: string | null;
}

/** Figures per layout row (index of `layout.rows`), keyed by figure key. */
export type RowFigures = Map<number, Record<string, number>>;

/** Adds the figures of one unit into its row; units outside the scope are dropped. */
export function addFigures(layout: UnitLayout, into: RowFigures, unitId: string, figures: Record<string, number>): void {
  const row = layout.rowOf(unitId);
  if (row === null) return;
  const target = into.get(row) ?? {};
  for (const [k, v] of Object.entries(figures)) target[k] = (target[k] ?? 0) + v;
  into.set(row, target);
}

function sumRows(rows: ReportRow[], idx: number[], col: number): number {
  return idx.reduce((s, i) => s + Number(rows[i]?.cells[col] ?? 0), 0);
}

/**
 * The official table by unit (biểu thống kê): STT and unit name (columns A, B), then one figure column
 * each (1, 2, …); a subtotal per district over its communes and the total over the top-level rows.
 */
export function buildUnitTable(title: string, layout: UnitLayout, figureCols: readonly FigureColumn[], figures: RowFigures): ReportTable {
  const columns: ReportColumn[] = [
    { code: 'A', header: 'STT', group: null, kind: 'text' },
    { code: 'B', header: 'Đơn vị', group: null, kind: 'text' },
    ...figureCols.map((c, i) => ({ code: String(i + 1), header: c.header, group: c.group, kind: 'number' as const })),
  ];
  const rows: ReportRow[] = [];
  const topLevel: number[] = [];
  let groupNo = 0;
  let inGroupNo = 0;
  let subtotalAt = -1;
  const valuesOf = (i: number) => figureCols.map((c) => figures.get(i)?.[c.key] ?? 0);
  layout.rows.forEach((lr, i) => {
    if (lr.kind === 'group') {
      groupNo += 1;
      inGroupNo = 0;
      subtotalAt = rows.length;
      topLevel.push(rows.length);
      rows.push({ kind: 'subtotal', level: 0, cells: [roman(groupNo), lr.name, ...figureCols.map(() => 0)], sumOf: [] });
      return;
    }
    const values = valuesOf(i);
    if (lr.kind === 'direct' && values.every((v) => v === 0)) return;
    if (lr.groupIndex !== null) {
      inGroupNo += 1;
      rows[subtotalAt]?.sumOf?.push(rows.length);
      rows.push({ kind: 'unit', level: 1, cells: [String(inGroupNo), lr.name, ...values] });
      return;
    }
    groupNo += 1;
    topLevel.push(rows.length);
    rows.push({ kind: 'unit', level: 0, cells: [roman(groupNo), lr.name, ...values] });
  });
  for (const r of rows) {
    if (r.kind !== 'subtotal') continue;
    figureCols.forEach((_, c) => (r.cells[c + 2] = sumRows(rows, r.sumOf!, c + 2)));
  }
  const total: ReportRow = {
    kind: 'total',
    level: 0,
    cells: ['', 'Tổng cộng', ...figureCols.map((_, c) => sumRows(rows, topLevel, c + 2))],
    sumOf: topLevel,
  };
  rows.push(total);
  return { title, columns, rows };
}
