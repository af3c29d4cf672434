import { z } from 'zod';
import { uuid } from '../../shared/input.schema';
import { defineContract } from '../method-spec';
import { DecisionDocument } from './decision-document';

const DecisionId = uuid('Mã quyết định', 'Thiếu mã quyết định.');
const FileOut = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), bytes: z.number().int() });
/** An export prints the document sent with it, else the saved one, else one prefilled. */
const ExportInput = z.object({ id: DecisionId, document: DecisionDocument.optional() });

/** The commendation decision as a document (Quyết định khen thưởng with its attached list). */
export const decisionDocumentContract = defineContract({
  'commendations.decisionDocument.get': {
    role: 'viewer',
    summary: 'Phần văn bản của quyết định khen thưởng (căn cứ, đề nghị, tiền thưởng, thi hành, nơi nhận): đã lưu hoặc gợi ý.',
    input: z.object({ id: DecisionId }),
    output: z.object({ document: DecisionDocument, saved: z.boolean() }),
  },
  'commendations.decisionDocument.save': {
    role: 'clerk',
    summary: 'Lưu phần văn bản của quyết định khen thưởng.',
    input: z.object({ id: DecisionId, document: DecisionDocument }),
    output: z.object({ document: DecisionDocument, saved: z.literal(true) }),
  },
  'commendations.exportDecisionDocx': {
    role: 'viewer',
    summary: 'Xuất quyết định khen thưởng kèm danh sách ra tệp Word (.docx).',
    input: ExportInput,
    output: FileOut,
  },
  'commendations.exportDecisionPdf': {
    role: 'viewer',
    summary: 'Xuất quyết định khen thưởng kèm danh sách ra tệp PDF.',
    input: ExportInput,
    output: FileOut,
  },
});
