import type { ImportProblem } from '../../contract/imports/imports.contract';
import { EXCEL_IMPORT_STEPS } from '../../contract/progress/call-steps';
import type { SheetColumn } from '../../contract/records/column-map';
import { formatVnNumber } from '../../shared/vn-number';
import type { MethodContext } from '../api/define';
import { AppError, type FieldIssue } from '../api/errors';
import { zodIssuesToVietnamese } from '../api/zod-messages';
import { readField, type Resolve } from './cell-parse';
import type { ImportTarget } from './import-targets';
import type { SheetPlan } from './sheet-plan';
import { columnLetter, type SheetRow } from './sheet-read';
import { checkReads } from './check-reads';

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
  /** Wraps the one bulk write of the checked rows (the trail's compact entries, audit-trail.ts); absent: writes directly. */
  bulk?: (table: string, write: () => void) => void;
  /** Hears how far the run is: rows checked (or checked and created), then records written. */
  progress?: (label: string, done: number, total: number) => void;
}

/** "Dòng 9.999, cột D (Ngày): …": what a clerk needs to find the cell in Excel. */
export function problemText(row: number | null, letter: string | null, header: string | null, message: string): string {
  if (row === null) return message;
  const where = letter === null ? `Dòng ${formatVnNumber(row)}` : `Dòng ${formatVnNumber(row)}, cột ${letter} (${header ?? ''})`;
  return `${where}: ${message}`;
}

/** A row's create input after the schema, with its line. */
interface CheckedRow {
  input: unknown;
  line: number;
}

/**
 * Creates a record for each data row through the kind's own rules, inside the caller's transaction, and
 * gathers every problem by row and column: a cell that does not read, a field the schema refuses, a rule
 * the method refuses. The caller rolls back when there is any. Where the kind allows (`createMany`), every
 * row is checked first, against reads kept for the run (nothing is written meanwhile), and the rows are
 * then written in one bulk write; otherwise each row is checked and created in turn.
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
  const together = target.check !== undefined && (job.checkOnly || target.createMany !== undefined);
  const checkCtx = together ? { ...ctx, db: checkReads(ctx.db) } : ctx;
  const checked: CheckedRow[] = [];
  const label = together || job.checkOnly ? EXCEL_IMPORT_STEPS.check : EXCEL_IMPORT_STEPS.create;
  let seen = 0;
  for (const row of plan.rows) {
    job.progress?.(label, seen++, plan.rows.length);
    const input = rowInput(row, job, columnOf, problem);
    if (input === null) continue;
    const report = (field: string | null, message: string) => problem(row.line, field, message);
    if (together) {
      const parsed = checkRow(checkCtx, target, input, report);
      if (parsed !== null) checked.push({ input: parsed, line: row.line });
    } else {
      const id = createRow(ctx, job, input, report);
      if (id !== null) run.created.push({ id, line: row.line });
    }
  }
  job.progress?.(label, seen, plan.rows.length);
  if (together) run.created = writeChecked(ctx, job, checked, run.problems.length === 0);
  return run;
}

/** The checked rows written in one go (an apply without problems), or listed with no id (a preview). */
function writeChecked(ctx: MethodContext, job: ImportJob, checked: readonly CheckedRow[], clean: boolean): ImportRun['created'] {
  const createMany = job.target.createMany;
  if (job.checkOnly || !createMany) return checked.map((c) => ({ id: '', line: c.line }));
  if (!clean) return [];
  let ids: string[] = [];
  const written = (n: number) => job.progress?.(EXCEL_IMPORT_STEPS.write, n, checked.length);
  const write = () => {
    written(0);
    ids = createMany(
      ctx,
      checked.map((c) => c.input),
      written,
    );
  };
  if (job.bulk) job.bulk(job.target.table, write);
  else write();
  return checked.map((c, i) => ({ id: ids[i] ?? '', line: c.line }));
}

/** Validates a row and checks it against the kind's rules without writing; its input, or null (problems reported). */
function checkRow(
  ctx: MethodContext,
  target: ImportTarget,
  input: Record<string, unknown>,
  report: (field: string | null, message: string) => void,
): unknown {
  const parsed = target.input.safeParse(input);
  if (!parsed.success) {
    reportIssues(zodIssuesToVietnamese(parsed.error.issues), report);
    return null;
  }
  return unlessRefused(() => {
    target.check?.(ctx, parsed.data);
    return parsed.data;
  }, report);
}

/** Runs a rule (or a create) and answers its result; its refusal (an AppError) is reported by field and answers null. */
function unlessRefused<T>(rule: () => T, report: (field: string | null, message: string) => void): T | null {
  try {
    return rule();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.issues && err.issues.length > 0) reportIssues(err.issues, report);
    else report(null, err.message);
    return null;
  }
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

/** Validates and creates one row (a kind whose rows go one by one); reports the schema's or the rules' refusals and returns null. */
function createRow(
  ctx: MethodContext,
  { target }: ImportJob,
  input: Record<string, unknown>,
  report: (field: string | null, message: string) => void,
): string | null {
  const parsed = target.input.safeParse(input);
  if (!parsed.success) {
    reportIssues(zodIssuesToVietnamese(parsed.error.issues), report);
    return null;
  }
  return unlessRefused(() => target.create(ctx, parsed.data), report);
}

function reportIssues(issues: readonly FieldIssue[], report: (field: string | null, message: string) => void): void {
  for (const issue of issues) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : null;
    report(field, issue.message);
  }
}
