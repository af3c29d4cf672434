import type { ImportProblem } from '../../contract/imports/imports.contract';
import type { SheetColumn } from '../../contract/records/column-map';
import { formatVnNumber } from '../../shared/vn-number';
import type { MethodContext } from '../api/define';
import { AppError, type FieldIssue } from '../api/errors';
import { zodIssuesToVietnamese } from '../api/zod-messages';
import { readField, type Resolve } from './cell-parse';
import type { ImportTarget } from './import-targets';
import type { SheetPlan } from './sheet-plan';
import { columnLetter, type SheetRow } from './sheet-read';

/** What running an import's rows did: the records made (in file order) and every problem found. */
export interface ImportRun {
  created: { id: string; line: number }[];
  problems: ImportProblem[];
}

/** One import to run: where rows go, the planned sheet, the chosen decision, how names become ids. */
export interface ImportJob {
  target: ImportTarget;
  plan: SheetPlan;
  decisionId: string | null;
  resolve: Resolve;
  /**
   * A preview checks each row against the rules and the stored data without inserting it when the kind
   * allows; what only the inserts can tell (two rows of one unit and month in the same file) is then
   * refused by the apply, by row and column all the same.
   */
  checkOnly: boolean;
}

/** "Dòng 9.999, cột D (Ngày): …": what a clerk needs to find the cell in Excel. */
export function problemText(row: number | null, letter: string | null, header: string | null, message: string): string {
  if (row === null) return message;
  const where = letter === null ? `Dòng ${formatVnNumber(row)}` : `Dòng ${formatVnNumber(row)}, cột ${letter} (${header ?? ''})`;
  return `${where}: ${message}`;
}

/**
 * Creates a record for each data row through the kind's own create method, inside the caller's
 * transaction, and gathers every problem by row and column: a cell that does not read, a field the
 * schema refuses, a rule the method refuses. The caller rolls back when there is any.
 */
export function runRows(ctx: MethodContext, job: ImportJob): ImportRun {
  const { target, plan } = job;
  const run: ImportRun = { created: [], problems: [] };
  const columnOf = new Map<string, { index: number; column: SheetColumn }>();
  plan.mapping.forEach((field, index) => {
    const column = target.columns.find((c) => c.field === field);
    if (field !== null && column) columnOf.set(field, { index, column });
  });
  const problem = (line: number, field: string | null, message: string) => {
    const at = field === null ? undefined : columnOf.get(field);
    const letter = at ? columnLetter(at.index) : null;
    run.problems.push({ row: line, column: letter, field, message: problemText(line, letter, at?.column.header ?? null, message) });
  };
  for (const row of plan.rows) {
    const input = rowInput(row, job, columnOf, problem);
    if (input === null) continue;
    const id = createRow(ctx, job, input, (field, message) => problem(row.line, field, message));
    if (id !== null) run.created.push({ id, line: row.line });
  }
  return run;
}

type Columns = ReadonlyMap<string, { index: number; column: SheetColumn }>;

/** The create input of a row from its cells; null (with the problems reported) when a cell does not read. */
function rowInput(
  row: SheetRow,
  job: ImportJob,
  columns: Columns,
  problem: (line: number, field: string | null, message: string) => void,
): Record<string, unknown> | null {
  const input = job.target.fixed(job.decisionId);
  let ok = true;
  for (const [field, { index, column }] of columns) {
    const read = readField(column, row.cells[index], job.resolve);
    if (!read.ok) {
      problem(row.line, field, read.message);
      ok = false;
    } else if (read.value !== undefined) input[field] = read.value;
    else if (column.required) {
      problem(row.line, field, `Chưa nhập ${column.header}.`);
      ok = false;
    }
  }
  return ok ? input : null;
}

/** Validates and creates one row; reports the schema's or the rules' refusals by field and returns null. */
function createRow(
  ctx: MethodContext,
  { target, checkOnly }: ImportJob,
  input: Record<string, unknown>,
  report: (field: string | null, message: string) => void,
): string | null {
  const parsed = target.input.safeParse(input);
  if (!parsed.success) {
    reportIssues(zodIssuesToVietnamese(parsed.error.issues), report);
    return null;
  }
  try {
    if (checkOnly && target.check) {
      target.check(ctx, parsed.data);
      return '';
    }
    return target.create(ctx, parsed.data);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.issues && err.issues.length > 0) reportIssues(err.issues, report);
    else report(null, err.message);
    return null;
  }
}

function reportIssues(issues: readonly FieldIssue[], report: (field: string | null, message: string) => void): void {
  for (const issue of issues) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : null;
    report(field, issue.message);
  }
}
