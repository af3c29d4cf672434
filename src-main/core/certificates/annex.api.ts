import { handle } from '../api/define';
import { certificatesContract } from '../../contract/certificates/certificates.contract';
import { decisionLabel, recipientsOfDecision, requireDecision } from '../commendations';
import { annexDocument } from './annex.doc';
import { annexData } from './annex.rows';
import { renderPdf } from './pdf';

/** The decision's recipient list as its annex ("Danh sách kèm theo Quyết định số … ngày …"), PDF or XLSX. */
export const annexMethod = handle(certificatesContract, 'certificates.annex', async (ctx, { decisionId, format }) => {
  const decision = requireDecision(ctx.db, decisionId);
  const data = annexData(decision, recipientsOfDecision(ctx.db, decisionId));
  const base = `danh-sach-QD-${decisionLabel(decision).replace(/[^\p{L}\p{N}-]+/gu, '-')}`;
  if (format === 'xlsx') {
    // exceljs is loaded at first use: ≈29 MB the core would otherwise carry through every print.
    const { annexWorkbook } = await import('./annex.xlsx');
    const bytes = await annexWorkbook(data);
    return {
      base64: bytes.toString('base64'),
      fileName: `${base}.xlsx`,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  }
  const pdf = await renderPdf(ctx.env.resourcesDir, annexDocument(data));
  return { base64: pdf.toString('base64'), fileName: `${base}.pdf`, mime: 'application/pdf' };
});
