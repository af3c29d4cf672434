import { romanNumeral } from '../../shared/roman';
import type { Indicator, ReportRow, ReportTable } from './report';

/**
 * Every indicator with its year-earlier figure (biểu so sánh cùng kỳ): Chỉ tiêu | ĐVT | this period |
 * same period last year | change. Column 3 is "1 − 2", which the workbook writes as a formula.
 */
export function indicatorTable(title: string, indicators: readonly Indicator[], currentLabel: string, previousLabel: string): ReportTable {
  const rows: ReportRow[] = [];
  let group = '';
  let groupNo = 0;
  let itemNo = 0;
  for (const i of indicators) {
    if (i.group !== group) {
      group = i.group;
      groupNo += 1;
      itemNo = 0;
      rows.push({ kind: 'item', level: 0, cells: [romanNumeral(groupNo), group, '', null, null, null] });
    }
    itemNo += 1;
    rows.push({ kind: 'item', level: 1, cells: [String(itemNo), i.label, i.unit, i.value, i.previous, i.change] });
  }
  return {
    title,
    columns: [
      { code: 'A', header: 'STT', group: null, kind: 'text' },
      { code: 'B', header: 'Chỉ tiêu', group: null, kind: 'text' },
      { code: 'C', header: 'Đơn vị tính', group: null, kind: 'text' },
      { code: '1', header: currentLabel, group: 'Số liệu', kind: 'number' },
      { code: '2', header: previousLabel, group: 'Số liệu', kind: 'number' },
      { code: '3 = 1 − 2', header: 'Tăng (+), giảm (−)', group: 'Số liệu', kind: 'number', formula: 'difference' },
    ],
    rows,
  };
}
