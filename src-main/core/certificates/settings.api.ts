import { z } from 'zod';
import { PDFDocument } from './pdfkit';
import { defineMethod } from '../api/define';
import { AppError, fieldError } from '../api/errors';
import { calibrationDocument } from './calibration.doc';
import { clearEmblem, getEmblem, layoutOffsets, saveEmblem, saveLayoutOffsets } from './certificates.repo';
import { loadLayouts } from './layouts.load';
import { renderPdf } from './pdf';

const MAX_EMBLEM_BYTES = 2 * 1024 * 1024;
const Offset = z.number().min(-50, 'Độ lệch tối đa 50 mm.').max(50, 'Độ lệch tối đa 50 mm.');

function requireLayout(resourcesDir: string, id: string) {
  const layout = loadLayouts(resourcesDir).find((l) => l.id === id);
  if (!layout) throw new AppError('NOT_FOUND', 'Không tìm thấy mẫu in.');
  return layout;
}

export const layoutsMethod = defineMethod({
  name: 'certificates.layouts',
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
  handler: (ctx) =>
    loadLayouts(ctx.env.resourcesDir).map((l) => ({
      id: l.id,
      name: l.name,
      paper: l.paper,
      forms: l.forms,
      authorities: l.authorities,
      offsets: layoutOffsets(ctx.db, l.id),
    })),
});

export const setOffsetsMethod = defineMethod({
  name: 'certificates.setOffsets',
  role: 'clerk',
  summary: 'Lưu độ lệch ngang/dọc (mm) của máy in cho một mẫu in phôi.',
  input: z.object({ layoutId: z.string().min(1), x: Offset, y: Offset }),
  output: z.object({ x: z.number(), y: z.number() }),
  handler: (ctx, { layoutId, x, y }) => {
    requireLayout(ctx.env.resourcesDir, layoutId);
    saveLayoutOffsets(ctx.db, layoutId, { x, y }, ctx.now);
    return layoutOffsets(ctx.db, layoutId);
  },
});

export const calibrationMethod = defineMethod({
  name: 'certificates.calibration',
  role: 'viewer',
  summary: 'Trang căn chỉnh (lưới mm và dấu chữ thập) cho in trên phôi.',
  input: z.object({ layoutId: z.string().min(1) }),
  output: z.object({ base64: z.string(), fileName: z.string() }),
  handler: async (ctx, { layoutId }) => {
    const layout = requireLayout(ctx.env.resourcesDir, layoutId);
    const doc = calibrationDocument(layout, layoutOffsets(ctx.db, layoutId));
    const pdf = await renderPdf(ctx.env.resourcesDir, doc);
    return { base64: pdf.toString('base64'), fileName: `can-chinh-${layout.id}.pdf` };
  },
});

/** PNG or JPEG by its signature bytes, never by the name the user gave: SVG and anything else is refused. */
function imageMime(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** pdfkit must be able to decode the image, or every later print would fail. */
function decodes(bytes: Buffer): boolean {
  try {
    new PDFDocument().image(bytes, 0, 0, { width: 10 });
    return true;
  } catch {
    return false;
  }
}

export const setEmblemMethod = defineMethod({
  name: 'certificates.setEmblem',
  role: 'admin',
  summary: 'Lưu ảnh Quốc huy (PNG hoặc JPEG) in trên bằng/giấy khen.',
  input: z.object({ base64: z.string().min(1, 'Chưa chọn ảnh.').max(Math.ceil((MAX_EMBLEM_BYTES * 4) / 3) + 8, 'Ảnh quá lớn (tối đa 2 MB).') }),
  output: z.object({ mime: z.string(), bytes: z.number().int() }),
  handler: (ctx, { base64 }) => {
    const bytes = Buffer.from(base64, 'base64');
    const mime = imageMime(bytes);
    if (!mime) throw fieldError(['base64'], 'Ảnh Quốc huy phải là tệp PNG hoặc JPEG (không nhận SVG hay định dạng khác).');
    if (!decodes(bytes)) throw fieldError(['base64'], 'Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng.');
    saveEmblem(ctx.db, mime, new Uint8Array(bytes), ctx.now);
    return { mime, bytes: bytes.length };
  },
});

export const emblemMethod = defineMethod({
  name: 'certificates.emblem',
  role: 'viewer',
  summary: 'Ảnh Quốc huy đã lưu (nếu có).',
  input: z.object({}),
  output: z.object({ set: z.boolean(), mime: z.string().nullable(), base64: z.string().nullable(), updatedAt: z.string().nullable() }),
  handler: (ctx) => {
    const e = getEmblem(ctx.db);
    if (!e) return { set: false, mime: null, base64: null, updatedAt: null };
    return { set: true, mime: e.mime, base64: Buffer.from(e.bytes).toString('base64'), updatedAt: e.updatedAt };
  },
});

export const clearEmblemMethod = defineMethod({
  name: 'certificates.clearEmblem',
  role: 'admin',
  summary: 'Xóa ảnh Quốc huy (chỗ của nó để trống khi in).',
  input: z.object({}),
  output: z.object({ cleared: z.literal(true) }),
  handler: (ctx) => {
    clearEmblem(ctx.db);
    return { cleared: true as const };
  },
});
