import { handle } from '../api/define';
import { unitsContract } from '../../contract/units/units.contract';
import { AppError, type FieldIssue } from '../api/errors';
import { insertImportRows } from './unit-import.plan';
import { parseImportRows } from './unit-import.rows';

/** Issues returned at most; a file with thousands of bad rows needs the first ones fixed first. */
const MAX_ISSUES = 500;
function failure(issues: FieldIssue[]): AppError {
  const shown = issues.slice(0, MAX_ISSUES);
  const lines = new Set(issues.map((i) => i.path[1]).filter((l) => typeof l === 'number')).size;
  const where = lines > 0 ? `${lines} dòng có lỗi` : 'tệp có lỗi';
  return new AppError(
    'VALIDATION',
    `Không nhập được danh sách đơn vị: ${where}; chưa lưu dòng nào. ${shown[0]?.message ?? ''}`.trim(),
    shown,
  );
}

/** Carries a clean check's counts out of the rolled-back transaction. */
class DryRunDone extends Error {
  constructor(readonly result: { created: number; rows: number }) {
    super('dry run');
  }
}

/**
 * Imports a unit list (CSV or XLSX; columns code, name, kind, parent code and optional valid-from,
 * valid-until, subkind, note; Vietnamese headers accepted). All or nothing: one bad row and nothing is
 * saved, with every problem listed by row and column.
 */
export const importUnits = handle(unitsContract, 'units.import', async (ctx, input) => {
  // Reading an XLSX is asynchronous, and the call's own transaction ends at the first await; the
  // rows are then written in one transaction of their own, still inside this call's turn.
  // The reader (exceljs, ≈29 MB) is loaded at the first import, not when the core starts.
  const { readTable } = await import('./unit-import.read');
  const table = await readTable(input.format, Buffer.from(input.contentBase64, 'base64'));
  const { rows, issues, rejectedCodes } = parseImportRows(table);
  try {
    return ctx.env.store.write((tx) => {
      const result = insertImportRows({ tx, newId: ctx.newId, now: ctx.now }, rows, rejectedCodes);
      const all = [...issues, ...result.issues].sort((a, b) => Number(a.path[1] ?? 0) - Number(b.path[1] ?? 0));
      if (all.length > 0) throw failure(all);
      const done = { created: result.created, rows: rows.length };
      // A check runs the very same inserts, then throws to roll them back: the preview cannot disagree with the import.
      if (input.dryRun === true) throw new DryRunDone(done);
      return done;
    });
  } catch (err) {
    if (err instanceof DryRunDone) return err.result;
    throw err;
  }
});
