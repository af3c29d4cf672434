import { z } from 'zod';
import { defineMethod } from '../api/define';
import { AppError } from '../api/errors';
import { decisionLabel, markPrinted, recipientsOfDecision, requireDecision } from '../commendations';
import { IsoDate } from '../../contract/commendations/commendation';
import { renderPdf } from './pdf';
import { getJob, startJob, takeResult } from './print-jobs';
import { buildPages, readPrintData, type RecipientProblems } from './print.prepare';

export const PrintRequest = z.object({
  decisionId: z.string().min(1, 'Thiếu mã quyết định.'),
  /** A selection of the decision's recipients; all of them when absent. */
  recipientIds: z.array(z.string().min(1)).min(1, 'Chọn ít nhất một người để in.').max(10000).optional(),
  mode: z.enum(['full', 'overlay']).default('full'),
  /** Print even when a text overflows its box (after the clerk saw the preflight). */
  allowOverflow: z.boolean().default(false),
});

const Problems = z.array(
  z.object({
    recipientId: z.string(),
    name: z.string(),
    problems: z.array(z.object({ field: z.string(), message: z.string() })),
  }),
);
const PdfOut = z.object({ base64: z.string(), pages: z.number().int(), fileName: z.string() });

function fileNameOf(d: { number: string; symbol: string }, mode: string): string {
  const safe = decisionLabel(d).replace(/[^\p{L}\p{N}-]+/gu, '-');
  return `${mode === 'overlay' ? 'in-phoi' : 'bang-khen'}-QD-${safe}.pdf`;
}

function refuseOverflow(problems: RecipientProblems[]): never {
  const issues = problems.flatMap((p) => p.problems.map((f) => ({ path: [p.recipientId, f.field], message: `${p.name}: ${f.message}` })));
  throw new AppError('VALIDATION', `${problems.length} người có nội dung không vừa ô in; sửa lại trước khi in. ${issues[0]?.message ?? ''}`, issues);
}

/** Checks every text of every certificate against its box before anything is printed. */
export const preflightMethod = defineMethod({
  name: 'certificates.preflight',
  role: 'viewer',
  summary: 'Kiểm tra trước khi in: nội dung nào không vừa ô in ở cỡ chữ nhỏ nhất.',
  input: PrintRequest.omit({ allowOverflow: true }),
  output: z.object({ layoutId: z.string(), layoutName: z.string(), pages: z.number().int(), problems: Problems }),
  handler: async (ctx, req) => {
    const data = readPrintData(ctx.db, ctx.env.resourcesDir, req);
    const { problems } = await buildPages(data, () => undefined, 500);
    return { layoutId: data.layout.id, layoutName: data.layout.name, pages: data.recipients.length, problems };
  },
});

/** One PDF with a certificate per page, returned at once (small batches, CLI). */
export const renderMethod = defineMethod({
  name: 'certificates.render',
  role: 'clerk',
  summary: 'In bằng/giấy khen của một quyết định thành một tệp PDF, mỗi người một trang.',
  input: PrintRequest,
  output: PdfOut,
  handler: async (ctx, req) => {
    const data = readPrintData(ctx.db, ctx.env.resourcesDir, req);
    const { doc, problems } = await buildPages(data, () => undefined);
    if (problems.length && !req.allowOverflow) refuseOverflow(problems);
    const pdf = await renderPdf(data.resourcesDir, doc);
    return { base64: pdf.toString('base64'), pages: data.recipients.length, fileName: fileNameOf(data.decision, req.mode) };
  },
});

/** Starts a batch print; poll certificates.progress, then fetch certificates.result. */
export const startMethod = defineMethod({
  name: 'certificates.start',
  role: 'clerk',
  summary: 'Bắt đầu in hàng loạt (có tiến độ).',
  input: PrintRequest,
  output: z.object({ jobId: z.string(), total: z.number().int() }),
  handler: async (ctx, req) => {
    const data = readPrintData(ctx.db, ctx.env.resourcesDir, req);
    if (!req.allowOverflow) {
      const { problems } = await buildPages(data, () => undefined, 500);
      if (problems.length) refuseOverflow(problems);
    }
    const job = startJob(data, fileNameOf(data.decision, req.mode), (err) => console.error('[certificates] batch print failed', err));
    return { jobId: job.id, total: job.total };
  },
});

export const progressMethod = defineMethod({
  name: 'certificates.progress',
  role: 'clerk',
  summary: 'Tiến độ của một lượt in.',
  input: z.object({ jobId: z.string().min(1) }),
  output: z.object({
    state: z.enum(['running', 'done', 'failed']),
    phase: z.enum(['layout', 'render', 'finished']),
    done: z.number().int(),
    total: z.number().int(),
    message: z.string().nullable(),
  }),
  handler: (_ctx, { jobId }) => {
    const { state, phase, done, total, message } = getJob(jobId);
    return { state, phase, done, total, message };
  },
});

export const resultMethod = defineMethod({
  name: 'certificates.result',
  role: 'clerk',
  summary: 'Lấy tệp PDF của một lượt in đã xong.',
  input: z.object({ jobId: z.string().min(1) }),
  output: PdfOut,
  handler: (_ctx, { jobId }) => {
    const job = takeResult(jobId);
    if (job.state === 'failed' || !job.pdf) throw new AppError('INTERNAL', job.message ?? 'Lượt in không thành công.');
    return { base64: job.pdf.toString('base64'), pages: job.total, fileName: job.fileName };
  },
});

/** Records the printed-on date once the clerk has the PDF, so a failed print never marks anyone. */
export const markPrintedMethod = defineMethod({
  name: 'certificates.markPrinted',
  role: 'clerk',
  summary: 'Ghi ngày in cho những người đã in bằng/giấy khen.',
  input: z.object({ decisionId: z.string().min(1), recipientIds: z.array(z.string().min(1)).max(10000).optional(), printedOn: IsoDate }),
  output: z.object({ marked: z.number().int() }),
  handler: (ctx, { decisionId, recipientIds, printedOn }) => {
    requireDecision(ctx.db, decisionId);
    const ids = recipientsOfDecision(ctx.db, decisionId, recipientIds).map((r) => r.id);
    markPrinted(ctx.db, ids, printedOn, ctx.now);
    return { marked: ids.length };
  },
});

