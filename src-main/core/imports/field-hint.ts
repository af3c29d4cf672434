import type { SheetColumn } from '../../contract/records/column-map';
import { CATALOGUE_LABELS } from '../../contract/catalogues/catalogue';

/** What a column's cells hold, in a few Vietnamese words, for the template's comments and the dialog. */
export function fieldHint(c: SheetColumn): string {
  const need = c.required ? 'Bắt buộc. ' : 'Không bắt buộc. ';
  return need + cellHint(c);
}

function cellHint(c: SheetColumn): string {
  switch (c.cell) {
    case 'date':
      return 'Ngày dạng dd/mm/yyyy, ví dụ 05/03/2017.';
    case 'month':
      return 'Tháng dạng mm/yyyy, ví dụ 04/2017.';
    case 'number':
      return 'Số, ví dụ 1.275.';
    case 'year':
      return 'Năm, ví dụ 2017.';
    case 'unit':
      return 'Mã hoặc tên đơn vị (tên trùng nhau thì ghi mã).';
    case 'choice':
      return `Một trong: ${Object.keys(c.choices ?? {}).join(', ')}.`;
    case 'catalogue':
      if (c.refers === 'security_model') return 'Tên mô hình.';
      return c.refers ? `Tên hoặc mã trong danh mục "${CATALOGUE_LABELS[c.refers]}".` : 'Tên hoặc mã.';
    default:
      return 'Chữ.';
  }
}
