import { handle, type MethodContext } from '../api/define';
import { importsContract, type ImportPreview, type ImportProblem } from '../../contract/imports/imports.contract';
import { AppError } from '../api/errors';
import { progressOf } from '../api/progress-feed';
import { EXCEL_IMPORT_STEPS } from '../../contract/progress/call-steps';
import { requireDecision } from '../commendations';
import { importTarget, type ImportTarget } from './import-targets';
import { runRows, type ImportRun } from './import-run';
import { insertImport } from './imports.repo';
import { referenceResolver } from './reference-resolver';
import { planSheet, type SheetPlan } from './sheet-plan';
import { columnLetter } from './sheet-read';
import { readSheetOnce } from './sheet-cache';
import { fieldHint } from './field-hint';
import { bulkCreates, logEvent } from '../audit';
import { formatVnNumber } from '../../shared/vn-number';

/** Problems returned at most; the dialog lists the first 200, the count says how many more. */
const MAX_PROBLEMS = 500;

type ImportInput = {
  kind: ImportTarget['kind'];
  fileBase64: string;
  fileName?: string | undefined;
  mapping?: (string | null)[] | undefined;
  decisionId?: string | undefined;
};

/** Carries a preview out of its rolled-back transaction. */
class PreviewDone extends Error {
  constructor(readonly preview: ImportPreview) {
    super('preview');
  }
}

/** The decision recipients go into: required for recipients, and it must exist. */
function decisionOf(ctx: MethodContext, input: ImportInput): string | null {
  if (input.kind !== 'recipients') return null;
  if (!input.decisionId)
    throw new AppError('VALIDATION', 'Chọn quyết định khen thưởng để nhập danh sách người/tập thể được khen.', [
      { path: ['decisionId'], message: 'Chọn quyết định khen thưởng.' },
    ]);
  requireDecision(ctx.db, input.decisionId);
  return input.decisionId;
}

/**
 * Reads the file, then runs every row through the kind's create method in ONE transaction: `keep`
 * decides from the run whether it commits (apply, clean) or rolls back (a preview, or any problem),
 * so a preview cannot disagree with the import it announces.
 */
async function runImport<T>(
  ctx: MethodContext,
  input: ImportInput & { checkOnly: boolean },
  keep: (plan: SheetPlan, run: ImportRun, db: MethodContext['db']) => T,
): Promise<T> {
  const target = importTarget(input.kind);
  const decisionId = decisionOf(ctx, input);
  const progress = progressOf(ctx.env.progress, input.checkOnly ? 'imports.preview' : 'imports.apply');
  // A step without a count (0 of 0): the window shows the time it takes.
  progress(EXCEL_IMPORT_STEPS.read, 0, 0);
  // Reading an XLSX is asynchronous, and the call's own transaction ends at the first await; the rows
  // are then written in one transaction of their own, still inside this call's turn of the dispatcher.
  // Parsed once for a preview and its apply (sheet-cache.ts): the apply is the last use.
  const rows = await readSheetOnce(Buffer.from(input.fileBase64, 'base64'), input.checkOnly);
  const plan = planSheet(rows, target.columns, input.mapping);
  const note = fileNote(input.fileName);
  return ctx.env.store.write((tx) => {
    const rowCtx = { ...ctx, db: tx };
    // The new records of a bulk write are logged compactly, each naming the file (audit-trail.ts bulkCreates).
    const bulk = (table: string, write: () => void) => bulkCreates(ctx.env, tx, table, note, write);
    const run =
      plan.problems.length > 0
        ? { created: [], problems: [] }
        : runRows(rowCtx, { target, plan, decisionId, resolve: referenceResolver(tx), checkOnly: input.checkOnly, bulk, progress });
    return keep(plan, run, tx);
  });
}

/** The file an import came from, as the trail names it. */
function fileNote(fileName: string | undefined): string {
  return fileName ? `Nhập từ tệp Excel "${fileName.slice(0, 200)}"` : 'Nhập từ tệp Excel';
}

function previewOf(target: ImportTarget, plan: SheetPlan, run: ImportRun): ImportPreview {
  const problems: ImportProblem[] = [...plan.problems, ...run.problems];
  return {
    kind: target.kind,
    headerRow: plan.headerRow,
    columns: plan.headers.map((header, index) => ({ index, letter: columnLetter(index), header, field: plan.mapping[index] ?? null })),
    fields: target.columns.map((c) => {
      const index = plan.mapping.indexOf(c.field);
      return { field: c.field, label: c.header, required: c.required, letter: index < 0 ? null : columnLetter(index), hint: fieldHint(c) };
    }),
    rows: plan.rows.length,
    problems: problems.slice(0, MAX_PROBLEMS),
    problemCount: problems.length,
    ready: problems.length === 0,
  };
}

/** Checks a file as an import would run it, and saves nothing. */
export const previewImport = handle(importsContract, 'imports.preview', async (ctx, input) => {
  try {
    return await runImport(ctx, { ...input, checkOnly: true }, (plan, run) => {
      throw new PreviewDone(previewOf(importTarget(input.kind), plan, run));
    });
  } catch (err) {
    if (err instanceof PreviewDone) return err.preview;
    throw err;
  }
});

/** Imports every row of a file, or none: any problem refuses the whole file with the problems listed. */
export const applyImport = handle(importsContract, 'imports.apply', async (ctx, input) => {
  const target = importTarget(input.kind);
  const record = await runImport(ctx, { ...input, checkOnly: false }, (plan, run, tx) => {
    const preview = previewOf(target, plan, run);
    if (!preview.ready) throw refusal(preview);
    const row = {
      id: ctx.newId(),
      kind: target.kind,
      decisionId: input.kind === 'recipients' ? (input.decisionId ?? null) : null,
      fileName: input.fileName ?? '',
      created: run.created.length,
      createdAt: ctx.now,
    };
    insertImport(tx, row, run.created);
    logEvent(ctx.env, tx, `${fileNote(input.fileName)}: ${formatVnNumber(row.created)} ${target.noun}.`);
    return row;
  });
  ctx.env.changes?.record(target.feed, null);
  return record;
});

function refusal(preview: ImportPreview): AppError {
  const first = preview.problems[0]?.message ?? '';
  const issues = preview.problems.map((p) => ({ path: p.row === null ? [] : ['rows', p.row, p.field ?? ''], message: p.message }));
  return new AppError('VALIDATION', `Không nhập được tệp: ${preview.problemCount} lỗi; chưa lưu dòng nào. ${first}`.trim(), issues);
}
