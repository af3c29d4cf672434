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

/** A report table as the core built it: two header rows, the code row, subtotals and the total in bold. */
export default function ReportTableView(props: { table: Table; testId: string }) {
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
                  {(cell) => (
                    <td class={typeof cell() === 'number' ? 'num' : ''}>
                      {typeof cell() === 'number' ? formatNumber(cell() as number) : cell()}
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
