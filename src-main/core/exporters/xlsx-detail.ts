import { formatVnDate } from '../../shared/vn-date';
import type { DetailSheet } from './detail-sheet';
import { addOfficialSheet, type XlsxStyle, type XlsxWorkbook } from './excel';

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
const BOX: XlsxStyle['border'] = { top: THIN, left: THIN, bottom: THIN, right: THIN };

// Lets the zip stream drain what was committed before more rows are produced.
const drain = () => new Promise<void>((resolve) => setImmediate(resolve));

/** dd/mm/yyyy for ISO dates; other values pass through. */
function cellValue(kind: string, v: string | number | null): string | number | null {
  return kind === 'date' && typeof v === 'string' ? formatVnDate(v) : v;
}

/**
 * Streams one detail sheet: title, the filters used, a header row (repeated on every printed page),
 * then every row committed as it is written. Returns the number of data rows.
 */
export async function writeDetailSheet(wb: XlsxWorkbook, detail: DetailSheet): Promise<number> {
  const headerRow = detail.filters.length + 3;
  const sheet = addOfficialSheet(wb, detail.name, `${headerRow}:${headerRow}`);
  sheet.columns = [{ width: 7 }, ...detail.columns.map((c) => ({ width: c.width }))];
  const title = sheet.getRow(1);
  title.getCell(1).value = detail.title.toUpperCase();
  title.getCell(1).font = { name: FONT, size: 13, bold: true };
  title.commit();
  detail.filters.forEach((f, i) => {
    const row = sheet.getRow(2 + i);
    row.getCell(1).value = f;
    row.getCell(1).font = { name: FONT, size: 12, italic: true };
    row.commit();
  });
  const header = sheet.getRow(headerRow);
  ['STT', ...detail.columns.map((c) => c.header)].forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.style = {
      font: { name: FONT, size: 11, bold: true },
      border: BOX,
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    };
  });
  header.commit();
  const dataStyle: XlsxStyle = { font: { name: FONT, size: 11 }, border: BOX };
  const numberStyle: XlsxStyle = { ...dataStyle, numFmt: '#,##0' };
  const yearStyle: XlsxStyle = { ...dataStyle, numFmt: '0', alignment: { horizontal: 'center' } };
  const styleOf = (kind: string) => (kind === 'number' ? numberStyle : kind === 'year' ? yearStyle : dataStyle);
  let n = 0;
  for (const batch of detail.batches()) {
    for (const values of batch) {
      n += 1;
      const row = sheet.getRow(headerRow + n);
      row.getCell(1).value = n;
      row.getCell(1).style = dataStyle;
      detail.columns.forEach((c, i) => {
        const cell = row.getCell(i + 2);
        cell.value = cellValue(c.kind, values[i] ?? null);
        cell.style = styleOf(c.kind);
      });
      row.commit();
    }
    await drain();
  }
  sheet.commit();
  return n;
}
