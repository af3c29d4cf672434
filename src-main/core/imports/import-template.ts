import type ExcelJS from 'exceljs';
import type { SheetColumn } from '../../contract/records/column-map';
import type { ReadDb } from '../db/types';
import { fieldHint } from './field-hint';
import type { ImportTarget } from './import-targets';
import { refIndex } from './reference-resolver';

/** Rows of the template given the columns' formats and choice lists (a clerk may type below them too). */
const TEMPLATE_ROWS = 500;
const LISTS_SHEET = 'Danh mục';

/**
 * The template of a kind: one header per column (the labels an import recognises), a comment on each
 * saying what it holds and whether it is required, dates formatted dd/mm/yyyy, choices and catalogue
 * entries offered as drop-down lists (the catalogues' current names on a second sheet).
 */
export async function importTemplate(db: ReadDb, target: ImportTarget): Promise<Buffer> {
  // The catalogues are read before the first await (inside the caller's transaction); exceljs (≈29 MB)
  // is loaded after, at the first template, not when the core starts.
  const choiceLists = target.columns.map((c) => choiceList(db, c));
  const { newWorkbook } = await import('../exporters/excel');
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Nhập dữ liệu', { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet(LISTS_SHEET);
  let listColumn = 0;
  target.columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = Math.max(14, c.header.length + 4);
    const head = sheet.getCell(1, i + 1);
    head.value = c.header;
    head.font = { bold: true, color: c.required ? { argb: 'FFB00020' } : undefined };
    head.note = fieldHint(c);
    if (c.cell === 'date') col.numFmt = 'dd/mm/yyyy';
    if (c.cell === 'month') col.numFmt = '@';
    const choices = choiceLists[i] ?? [];
    if (choices.length === 0) return;
    listColumn += 1;
    const range = writeList(lists, listColumn, c.header, choices);
    for (let r = 2; r <= TEMPLATE_ROWS + 1; r += 1) {
      sheet.getCell(r, i + 1).dataValidation = {
        type: 'list',
        allowBlank: !c.required,
        formulae: [range],
        showErrorMessage: false,
      };
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The values a column offers: a choice's titles, a catalogue's names (units and models: too many, typed instead). */
function choiceList(db: ReadDb, c: SheetColumn): string[] {
  if (c.cell === 'choice') return Object.keys(c.choices ?? {});
  if (c.cell === 'catalogue' && c.refers && c.refers !== 'security_model') return refIndex(db, c.refers).names();
  return [];
}

function writeList(lists: ExcelJS.Worksheet, column: number, header: string, values: readonly string[]): string {
  lists.getCell(1, column).value = header;
  lists.getCell(1, column).font = { bold: true };
  values.forEach((v, i) => {
    lists.getCell(i + 2, column).value = v;
  });
  const letter = lists.getColumn(column).letter;
  return `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}`;
}
