import { handle } from '../api/define';
import { commendationsContract } from '../../contract/commendations/commendations.contract';
import { AppError } from '../api/errors';
import { RecipientWarning } from '../../contract/commendations/commendation';
import { requireOwnDecision } from './decision.checks';
import { parseProposalList } from './proposal-paste.rules';
import { prepareRecipient, warningsFor } from './recipient.checks';
import { insertRecipient, nextSeq } from './recipients.repo';

/**
 * Adds the rows of a proposal list pasted from Excel. Each row is checked on its own: valid rows are
 * saved in order, invalid rows come back with their line and Vietnamese reasons so the clerk can fix
 * and paste just those again.
 */
export const pasteRecipientsMethod = handle(commendationsContract, 'commendations.pasteRecipients', (ctx, { decisionId, text }) => {
  const decision = requireOwnDecision(ctx.db, decisionId);
  const rows = parseProposalList(text);
  if (rows.length === 0) throw new AppError('VALIDATION', 'Không đọc được dòng nào từ nội dung đã dán.');
  if (rows.length > 5000) throw new AppError('VALIDATION', 'Mỗi lần dán tối đa 5.000 dòng.');
  const rejected: { line: number; name: string; reasons: string[] }[] = [];
  const warnings: (RecipientWarning & { line: number; name: string })[] = [];
  let seq = nextSeq(ctx.db, decisionId);
  for (const row of rows) {
    if (!row.input) {
      rejected.push({ line: row.line, name: '', reasons: row.reasons });
      continue;
    }
    const { value, issues } = prepareRecipient(ctx.db, decision, row.input);
    if (issues.length) {
      rejected.push({ line: row.line, name: value.name, reasons: issues.map((i) => i.message) });
      continue;
    }
    const id = ctx.newId();
    insertRecipient(ctx.db, { id, decisionId, seq: seq++, now: ctx.now }, value);
    for (const w of warningsFor(ctx.db, decision, id, value)) warnings.push({ ...w, line: row.line, name: value.name });
  }
  return { saved: rows.length - rejected.length, rejected, warnings };
});
