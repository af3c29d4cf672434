import { For, Index } from 'solid-js';
import { formatNumber } from '../../lib/format';
import type { Report } from './reportsStore';

type Table = Report['unitTable'];

function groups(table: Table) {
  const out: { label: string | null; span: number; header: string }[] = [];
  table.columns.forEach((c, i) => {
    if (c.group !== null && table.columns[i - 1]?.group === c.group) out[out.length - 1]!.span++;
    else out.push({ label: c.group, span: 1, header: c.header });
  });
  return out;
}

/** Props of a report table; `noDataColumns` are columns whose period holds no figure at all. */
export interface ReportTableViewProps {
  table: Table;
  testId: string;
  /** Indexes of columns shown as "chưa có số liệu" instead of zeros (a comparison year without data). */
  noDataColumns?: readonly number[];
}

/** What a cell shows: a figure in Vietnamese form, text as is, and no zeros for a period without data. */
function cellText(value: string | number | null, noData: boolean): string {
  if (typeof value !== 'number') return value ?? '';
  return noData ? 'chưa có số liệu' : formatNumber(value);
}

/** A report table as the core built it: two header rows, the code row, subtotals and the total in bold. */
export default function ReportTableView(props: ReportTableViewProps) {
  const noData = (i: number) => props.noDataColumns?.includes(i) ?? false;
  return (
    <div class="report-table-wrap">
      <table class="table report-table" data-testid={props.testId}>
        <caption>{props.table.title}</caption>
        <thead>
          <tr>
            <For each={groups(props.table)}>
              {(g) => (g.label === null ? <th rowSpan={2}>{g.header}</th> : <th colSpan={g.span}>{g.label}</th>)}
            </For>
          </tr>
          <tr>
            <For each={props.table.columns.filter((c) => c.group !== null)}>{(c) => <th>{c.header}</th>}</For>
          </tr>
          <tr class="codes">
            <For each={props.table.columns}>{(c) => <th>{c.code}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.table.rows}>
            {(row) => (
              <tr classList={{ strong: row.kind !== 'unit' && !(row.kind === 'item' && row.level > 0) }} data-kind={row.kind}>
                <Index each={row.cells}>
                  {(cell, i) => (
                    <td class={typeof cell() === 'number' ? 'num' : ''} classList={{ 'no-data': noData(i) && typeof cell() === 'number' }}>
                      {cellText(cell(), noData(i))}
                    </td>
                  )}
                </Index>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
