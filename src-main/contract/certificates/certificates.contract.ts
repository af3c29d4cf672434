import { z } from 'zod';
import { IsoDate } from '../commendations/commendation';
import { idList, key, uuid } from '../../shared/input.schema';
import { defineContract } from '../method-spec';
import {
  DecisionLayoutInput,
  DecisionLayoutOut,
  LayoutFieldsInput,
  LayoutFieldsOut,
  LayoutPreviewInput,
  LayoutPreviewOut,
  SaveLayoutFieldsInput,
  SetDecisionLayoutInput,
} from './layout-editor';

/** What a print of a decision's certificates asks for. */
export const PrintRequest = z.object({
  decisionId: uuid('Mã quyết định', 'Thiếu mã quyết định.'),
  /** A selection of the decision's recipients; all of them when absent. */
  recipientIds: idList('Mã người được khen').min(1, 'Chọn ít nhất một người để in.').optional(),
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
/**
 * One part of a batch print's PDF: the bytes from `offset`, base64. Parts are whole multiples of 3
 * bytes, so their base64 texts join into the file's; `next` is where the next part starts, null after
 * the last one.
 */
const PdfPart = PdfOut.extend({ offset: z.number().int(), size: z.number().int(), next: z.number().int().nullable() });

const MAX_EMBLEM_BYTES = 2 * 1024 * 1024;
const Offset = z.number().min(-50, 'Độ lệch tối đa 50 mm.').max(50, 'Độ lệch tối đa 50 mm.');
const AnnexInput = z.object({ decisionId: uuid('Mã quyết định', 'Thiếu mã quyết định.'), format: z.enum(['pdf', 'xlsx']).default('pdf') });

/** The certificates domain (bằng khen, giấy khen): printing a decision's certificates, its annex, printer settings. */
export const certificatesContract = defineContract({
  'certificates.preflight': {
    role: 'viewer',
    summary: 'Kiểm tra trước khi in: nội dung nào không vừa ô in ở cỡ chữ nhỏ nhất.',
    input: PrintRequest.omit({ allowOverflow: true }),
    output: z.object({ layoutId: z.string(), layoutName: z.string(), pages: z.number().int(), problems: Problems }),
  },
  'certificates.render': {
    role: 'clerk',
    summary: 'In bằng/giấy khen của một quyết định thành một tệp PDF, mỗi người một trang.',
    input: PrintRequest,
    output: PdfOut,
  },
  'certificates.start': {
    role: 'clerk',
    summary: 'Bắt đầu in hàng loạt (có tiến độ).',
    input: PrintRequest,
    output: z.object({ jobId: z.string(), total: z.number().int() }),
  },
  'certificates.progress': {
    role: 'clerk',
    summary: 'Tiến độ của một lượt in.',
    input: z.object({ jobId: key('Mã lượt in') }),
    output: z.object({
      state: z.enum(['running', 'done', 'failed']),
      phase: z.enum(['layout', 'render', 'finished']),
      done: z.number().int(),
      total: z.number().int(),
      message: z.string().nullable(),
    }),
  },
  'certificates.result': {
    role: 'clerk',
    summary: 'Lấy tệp PDF của một lượt in đã xong, từng phần (từ vị trí offset); lượt in bị xoá sau phần cuối.',
    input: z.object({ jobId: key('Mã lượt in'), offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0) }),
    output: PdfPart,
  },
  'certificates.markPrinted': {
    role: 'clerk',
    summary: 'Ghi ngày in cho những người đã in bằng/giấy khen.',
    input: z.object({
      decisionId: uuid('Mã quyết định', 'Thiếu mã quyết định.'),
      recipientIds: idList('Mã người được khen').optional(),
      printedOn: IsoDate,
    }),
    output: z.object({ marked: z.number().int() }),
  },
  'certificates.layouts': {
    role: 'viewer',
    summary: 'Các mẫu in bằng/giấy khen và độ lệch máy in đã lưu.',
    input: z.object({}),
    output: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        paper: z.object({ size: z.string(), orientation: z.string() }),
        forms: z.array(z.string()),
        authorities: z.array(z.string()),
        offsets: z.object({ x: z.number(), y: z.number() }),
      }),
    ),
  },
  'certificates.setOffsets': {
    role: 'clerk',
    summary: 'Lưu độ lệch ngang/dọc (mm) của máy in cho một mẫu in phôi.',
    input: z.object({ layoutId: key('Mẫu in'), x: Offset, y: Offset }),
    output: z.object({ x: z.number(), y: z.number() }),
  },
  'certificates.calibration': {
    role: 'viewer',
    summary: 'Trang căn chỉnh (lưới mm và dấu chữ thập) cho in trên phôi.',
    input: z.object({ layoutId: key('Mẫu in') }),
    output: z.object({ base64: z.string(), fileName: z.string() }),
  },
  'certificates.setEmblem': {
    role: 'admin',
    summary: 'Lưu ảnh Quốc huy (PNG hoặc JPEG) in trên bằng/giấy khen.',
    input: z.object({
      base64: z
        .string()
        .min(1, 'Chưa chọn ảnh.')
        .max(Math.ceil((MAX_EMBLEM_BYTES * 4) / 3) + 8, 'Ảnh quá lớn (tối đa 2 MB).'),
    }),
    output: z.object({ mime: z.string(), bytes: z.number().int() }),
  },
  'certificates.emblem': {
    role: 'viewer',
    summary: 'Ảnh Quốc huy đã lưu (nếu có).',
    input: z.object({}),
    output: z.object({ set: z.boolean(), mime: z.string().nullable(), base64: z.string().nullable(), updatedAt: z.string().nullable() }),
  },
  'certificates.clearEmblem': {
    role: 'admin',
    summary: 'Xóa ảnh Quốc huy (chỗ của nó để trống khi in).',
    input: z.object({}),
    output: z.object({ cleared: z.literal(true) }),
  },
  'certificates.annex': {
    role: 'viewer',
    summary: 'Danh sách kèm theo quyết định khen thưởng (PDF hoặc Excel).',
    input: AnnexInput,
    output: z.object({ base64: z.string(), fileName: z.string(), mime: z.string() }),
  },
  'certificates.layoutFields': {
    role: 'viewer',
    summary: 'Vị trí (mm) và cỡ chữ từng trường của một mẫu in, đang dùng và theo tệp mẫu.',
    input: LayoutFieldsInput,
    output: LayoutFieldsOut,
  },
  'certificates.saveLayoutFields': {
    role: 'clerk',
    summary: 'Lưu vị trí (mm) và cỡ chữ từng trường của một mẫu in (mọi ô phải nằm trong tờ giấy).',
    input: SaveLayoutFieldsInput,
    output: LayoutFieldsOut,
  },
  'certificates.layoutPreview': {
    role: 'viewer',
    summary: 'Xem trước trang in của một mẫu với vị trí trường đang sửa (cùng cách tính với bản in PDF).',
    input: LayoutPreviewInput,
    output: LayoutPreviewOut,
  },
  'certificates.decisionLayout': {
    role: 'viewer',
    summary: 'Mẫu in mà một quyết định dùng (tự chọn theo hình thức, cấp khen hoặc do người dùng chọn).',
    input: DecisionLayoutInput,
    output: DecisionLayoutOut,
  },
  'certificates.setDecisionLayout': {
    role: 'clerk',
    summary: 'Chọn mẫu in cho một quyết định (null: theo hình thức và cấp khen).',
    input: SetDecisionLayoutInput,
    output: DecisionLayoutOut,
  },
});
