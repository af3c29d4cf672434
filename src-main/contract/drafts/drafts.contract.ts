import { z } from 'zod';
import { key, list, text } from '../../shared/input.schema';
import { defineContract } from '../method-spec';

/** Most cells one draft row keeps (the widest grid has about 15 columns). */
export const MAX_DRAFT_CELLS = 60;
/** Most draft rows one page keeps: a paste of this many invalid rows is still kept whole. */
export const MAX_DRAFTS_PER_PAGE = 2000;

const page = key('Trang', 64);
/**
 * A draft's key within its page. 160: a report header's key names its period, scope and origin office
 * (up to 136 characters, reports/report-draft-key.ts).
 */
export const DRAFT_KEY_MAX = 160;
const draftKey = key('Mã bản nháp', DRAFT_KEY_MAX);

/** One cell of a draft: the value the grid read (if any), the text typed, and why it was refused. */
export const DraftCell = z.object({
  column: key('Cột', 64),
  value: z.union([z.string().max(2000, 'Giá trị ô dài quá 2000 ký tự.'), z.number(), z.null()]),
  text: text('Nội dung ô', 2000, { multiline: true }),
  error: text('Lỗi của ô', 500).nullable().default(null),
});
export type DraftCell = z.output<typeof DraftCell>;

/**
 * A row the clerk entered or changed that is not saved (new, half-typed, or refused): kept by the core
 * per page, so a page switch, a reload or a restart loses nothing and a backup holds it (issue 10 item 1).
 * `key` is the record id for an unsaved change of a saved row, or a key the grid made for a new row.
 */
export const Draft = z.object({ key: z.string(), cells: z.array(DraftCell), updatedAt: z.string() });
export type Draft = z.output<typeof Draft>;

export const DraftCount = z.object({ page: z.string(), count: z.number().int() });
export type DraftCount = z.output<typeof DraftCount>;

/** The drafts domain: read, keep and discard the unsaved rows of each page. */
export const draftsContract = defineContract({
  'drafts.list': {
    role: 'clerk',
    summary: 'Các dòng chưa lưu của một trang, cũ nhất trước.',
    input: z.object({ page }),
    output: z.object({ drafts: z.array(Draft) }),
  },
  'drafts.save': {
    role: 'clerk',
    summary: 'Giữ (hoặc thay) một dòng chưa lưu của một trang.',
    input: z.object({ page, key: draftKey, cells: list(DraftCell, MAX_DRAFT_CELLS) }),
    output: z.object({ count: z.number().int() }),
  },
  'drafts.discard': {
    role: 'clerk',
    summary: 'Bỏ một dòng chưa lưu (chỉ khi người dùng chọn bỏ, hoặc khi dòng đã được lưu).',
    input: z.object({ page, key: draftKey }),
    output: z.object({ count: z.number().int() }),
  },
  'drafts.counts': {
    role: 'clerk',
    summary: 'Số dòng chưa lưu của từng trang (cho thanh điều hướng).',
    input: z.object({}),
    output: z.object({ counts: z.array(DraftCount) }),
  },
});
