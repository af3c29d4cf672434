import { z } from 'zod';
import { idList, refuseBadCharacters, requiredText, text, uuid } from '../../shared/input.schema';
import { listPage, listQuery } from '../list-query';
import { defineContract } from '../method-spec';
import { noCallerId } from '../records/record-fields';
import { versionCheck } from '../records/record-version';
import {
  Decision,
  DecisionInput,
  HistoryEntry,
  Recipient,
  RecipientInput,
  RecipientKind,
  RecipientPatch,
  RecipientWarning,
} from './commendation';
import { decisionDocumentContract } from './decision-document.contract';

const DecisionId = uuid('Mã quyết định', 'Thiếu mã quyết định.');
const RecipientId = uuid('Mã người được khen');
const Id = z.object({ id: DecisionId });
/** The filters the two lists apply (decisions.repo.ts, recipients.repo.ts); any other key is refused. */
const DecisionListQuery = listQuery(['year', 'awardFormId', 'authorityId', 'origin']);
const RecipientListQuery = listQuery(['kind', 'name', 'unitName']);
const MAX_PASTE_CHARS = 2_000_000;
const RecipientWithWarnings = z.object({ recipient: Recipient, warnings: z.array(RecipientWarning) });

/** The commendations domain (khen thưởng): decisions, their recipients, the registry numbers, pasted lists. */
export const commendationsContract = defineContract({
  'commendations.listDecisions': {
    role: 'viewer',
    summary: 'Danh sách quyết định khen thưởng (tìm theo số, trích yếu; lọc theo năm, hình thức, cấp khen, nguồn).',
    input: DecisionListQuery,
    output: listPage(Decision),
  },
  'commendations.getDecision': {
    role: 'viewer',
    summary: 'Một quyết định khen thưởng.',
    input: Id,
    output: Decision,
  },
  'commendations.createDecision': {
    role: 'clerk',
    summary: 'Tạo quyết định khen thưởng.',
    input: DecisionInput.extend(noCallerId),
    output: Decision,
  },
  'commendations.updateDecision': {
    role: 'clerk',
    summary: 'Sửa quyết định khen thưởng.',
    input: DecisionInput.extend({ id: DecisionId, ...versionCheck }),
    output: Decision,
  },
  'commendations.deleteDecision': {
    role: 'clerk',
    summary: 'Xóa quyết định khen thưởng chưa in cùng danh sách của nó.',
    input: Id.extend(versionCheck),
    output: z.object({ deletedRecipients: z.number().int() }),
  },
  'commendations.pasteRecipients': {
    role: 'clerk',
    summary: 'Dán danh sách đề nghị khen từ Excel: lưu các dòng hợp lệ, trả lại các dòng lỗi kèm lý do.',
    input: z.object({
      decisionId: DecisionId,
      text: z
        .string()
        .min(1, 'Chưa có nội dung để dán.')
        .max(MAX_PASTE_CHARS, 'Nội dung dán quá lớn (tối đa 2 triệu ký tự).')
        .superRefine(refuseBadCharacters('Nội dung dán', true)),
    }),
    output: z.object({
      saved: z.number().int(),
      rejected: z.array(z.object({ line: z.number().int(), name: z.string(), reasons: z.array(z.string()) })),
      warnings: z.array(RecipientWarning.extend({ line: z.number().int(), name: z.string() })),
    }),
  },
  'commendations.listRecipients': {
    role: 'viewer',
    summary: 'Danh sách người và tập thể được khen của một quyết định.',
    input: RecipientListQuery.extend({ decisionId: DecisionId }),
    output: listPage(Recipient),
  },
  'commendations.addRecipient': {
    role: 'clerk',
    summary: 'Thêm người hoặc tập thể vào danh sách khen của quyết định; trả về cảnh báo trùng.',
    input: RecipientInput.extend({ decisionId: DecisionId, ...noCallerId }),
    output: RecipientWithWarnings,
  },
  'commendations.updateRecipient': {
    role: 'clerk',
    summary: 'Sửa người hoặc tập thể được khen (chỉ các trường gửi lên; các trường khác giữ nguyên).',
    input: RecipientPatch.extend({ id: RecipientId, ...versionCheck }),
    output: RecipientWithWarnings,
  },
  'commendations.deleteRecipient': {
    role: 'clerk',
    summary: 'Xóa người hoặc tập thể khỏi danh sách khen (số sổ đã cấp không được dùng lại).',
    input: z.object({ id: RecipientId, ...versionCheck }),
    output: z.object({ deleted: z.literal(true) }),
  },
  'commendations.moveRecipient': {
    role: 'clerk',
    summary: 'Chuyển người/tập thể lên hoặc xuống một dòng trong danh sách (số sổ chưa in đi theo thứ tự).',
    input: z.object({
      id: RecipientId,
      direction: z.enum(['up', 'down'], { error: 'Hướng chuyển phải là lên hoặc xuống.' }),
      ...versionCheck,
    }),
    output: z.object({ moved: z.boolean(), recipients: z.array(Recipient) }),
  },
  'commendations.assignRegistryNumbers': {
    role: 'clerk',
    summary: 'Cấp số sổ theo thứ tự cho người/tập thể chưa có số của một quyết định.',
    input: z.object({ decisionId: DecisionId, recipientIds: idList('Mã người được khen').optional() }),
    output: z.object({ assigned: z.number().int(), first: z.number().int().nullable(), last: z.number().int().nullable() }),
  },
  'commendations.recipientHistory': {
    role: 'viewer',
    summary: 'Quá trình khen thưởng của một người/tập thể (khớp tên không dấu và năm sinh hoặc đơn vị) và cảnh báo.',
    input: z.object({
      kind: RecipientKind,
      name: requiredText('Họ tên', 200, 'Nhập họ tên hoặc tên tập thể.'),
      birthYear: z.number().int().nullable().default(null),
      unitId: uuid('Đơn vị').nullable().default(null),
      unitName: text('Đơn vị', 300).default(''),
      /** When given, warnings are computed as if proposing in this decision. */
      decisionId: DecisionId.optional(),
      /** The recipient being edited, left out of its own history. */
      recipientId: RecipientId.optional(),
    }),
    output: z.object({ entries: z.array(HistoryEntry), warnings: z.array(RecipientWarning) }),
  },
  // The decision as a document: its own file, so the decision's text parts grow apart from the records.
  ...decisionDocumentContract,
});
