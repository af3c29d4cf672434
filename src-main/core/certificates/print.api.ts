import { handle } from '../api/define';
import { certificatesContract } from '../../contract/certificates/certificates.contract';
import { AppError } from '../api/errors';
import { markPrinted, recipientsOfDecision, requireOwnDecision } from '../commendations';
import { readPart } from './pdf-part';
import { certificateFileName } from './print.names';
import { memorySink } from './pdf-stream';
import { getJob, startJob, takeResult } from './print-jobs';
import { findProblems, readPrintData, type RecipientProblems } from './print.prepare';
import { writeCertificates } from './print.write';

function refuseOverflow(problems: RecipientProblems[]): never {
  const issues = problems.flatMap((p) => p.problems.map((f) => ({ path: [p.recipientId, f.field], message: `${p.name}: ${f.message}` })));
  throw new AppError(
    'VALIDATION',
    `${problems.length} người có nội dung không vừa ô in; sửa lại trước khi in. ${issues[0]?.message ?? ''}`,
    issues,
  );
}

/** Checks every text of every certificate against its box before anything is printed. */
export const preflightMethod = handle(certificatesContract, 'certificates.preflight', async (ctx, req) => {
  const data = readPrintData(ctx.db, ctx.env.resourcesDir, req);
  const problems = await findProblems(data);
  return { layoutId: data.layout.id, layoutName: data.layout.name, pages: data.recipients.length, problems };
});

/** One PDF with a certificate per page, returned at once (small batches, CLI). */
export const renderMethod = handle(certificatesContract, 'certificates.render', async (ctx, req) => {
  const data = readPrintData(ctx.db, ctx.env.resourcesDir, req);
  // One pass: the PDF is written while the texts are checked, and thrown away if one overflows.
  const out = memorySink();
  const problems = await writeCertificates(data, out.sink, () => undefined, { stopAtOverflow: !req.allowOverflow });
  if (problems.length && !req.allowOverflow) refuseOverflow(problems);
  return { base64: out.bytes().toString('base64'), pages: data.recipients.length, fileName: certificateFileName(data.decision, req.mode) };
});

/** Starts a batch print; poll certificates.progress, then fetch certificates.result. */
export const startMethod = handle(certificatesContract, 'certificates.start', async (ctx, req) => {
  const data = readPrintData(ctx.db, ctx.env.resourcesDir, req);
  if (!req.allowOverflow) {
    const problems = await findProblems(data);
    if (problems.length) refuseOverflow(problems);
  }
  const out = { dataDir: ctx.env.dataDir, fileName: certificateFileName(data.decision, req.mode) };
  const job = startJob(data, out, (err) => console.error('[certificates] batch print failed', err));
  return { jobId: job.id, total: job.total };
});

export const progressMethod = handle(certificatesContract, 'certificates.progress', (_ctx, { jobId }) => {
  const { state, phase, done, total, message } = getJob(jobId);
  return { state, phase, done, total, message };
});

/** Hands over a finished batch's PDF in parts (see PART_BYTES); the job is removed after its last part. */
export const resultMethod = handle(certificatesContract, 'certificates.result', (_ctx, { jobId, offset }) =>
  takeResult(jobId, (job) => {
    if (job.state === 'failed') throw new AppError('INTERNAL', job.message ?? 'Lượt in không thành công.');
    const part = readPart(job.file, offset);
    return { value: { ...part, pages: job.total, fileName: job.fileName }, last: part.next === null };
  }),
);

/**
 * Records the printed-on date once the clerk has the PDF, so a failed print never marks anyone. Another
 * office's decision (at the Ministry, a province's) keeps the date its office recorded: a copy printed
 * here is not recorded.
 */
export const markPrintedMethod = handle(
  certificatesContract,
  'certificates.markPrinted',
  (ctx, { decisionId, recipientIds, printedOn }) => {
    requireOwnDecision(ctx.db, decisionId);
    const ids = recipientsOfDecision(ctx.db, decisionId, recipientIds).map((r) => r.id);
    // An id not of this decision is a stale grid or a wrong call: say so rather than answer "0 marked".
    const unknown = recipientIds?.find((id) => !ids.includes(id));
    if (unknown !== undefined) {
      throw new AppError(
        'NOT_FOUND',
        'Có người trong danh sách in không thuộc quyết định này (có thể đã bị xoá); hãy tải lại danh sách rồi in lại.',
        [{ path: ['recipientIds', recipientIds?.indexOf(unknown) ?? 0], message: 'Không tìm thấy người được khen này trong quyết định.' }],
      );
    }
    markPrinted(ctx.db, ids, printedOn, ctx.now);
    return { marked: ids.length };
  },
);
