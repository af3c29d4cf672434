import { pdfkitDocument } from './pdfkit';
import { handle } from '../api/define';
import { certificatesContract } from '../../contract/certificates/certificates.contract';
import { AppError, fieldError } from '../api/errors';
import { calibrationDocument } from './calibration.doc';
import { clearEmblem, getEmblem, layoutOffsets, saveEmblem, saveLayoutOffsets } from './certificates.repo';
import { loadLayouts } from './layouts.load';
import { readPlacements } from './layout-editor.repo';
import { applyPlacements } from './layout-fields';
import { renderPdf } from './pdf';

function requireLayout(resourcesDir: string, id: string) {
  const layout = loadLayouts(resourcesDir).find((l) => l.id === id);
  if (!layout) throw new AppError('NOT_FOUND', 'Không tìm thấy mẫu in.');
  return layout;
}

export const layoutsMethod = handle(certificatesContract, 'certificates.layouts', (ctx) =>
  loadLayouts(ctx.env.resourcesDir).map((l) => ({
    id: l.id,
    name: l.name,
    paper: l.paper,
    forms: l.forms,
    authorities: l.authorities,
    offsets: layoutOffsets(ctx.db, l.id),
  })),
);

export const setOffsetsMethod = handle(certificatesContract, 'certificates.setOffsets', (ctx, { layoutId, x, y }) => {
  requireLayout(ctx.env.resourcesDir, layoutId);
  saveLayoutOffsets(ctx.db, layoutId, { x, y }, ctx.now);
  return layoutOffsets(ctx.db, layoutId);
});

export const calibrationMethod = handle(certificatesContract, 'certificates.calibration', async (ctx, { layoutId }) => {
  const base = requireLayout(ctx.env.resourcesDir, layoutId);
  // The marks show where the fields print now: the office's placements over the file's.
  const layout = applyPlacements(base, readPlacements(ctx.db, layoutId).placements);
  const doc = calibrationDocument(layout, layoutOffsets(ctx.db, layoutId));
  const pdf = await renderPdf(ctx.env.resourcesDir, doc);
  return { base64: pdf.toString('base64'), fileName: `can-chinh-${layout.id}.pdf` };
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
    new (pdfkitDocument())().image(bytes, 0, 0, { width: 10 });
    return true;
  } catch {
    return false;
  }
}

export const setEmblemMethod = handle(certificatesContract, 'certificates.setEmblem', (ctx, { base64 }) => {
  const bytes = Buffer.from(base64, 'base64');
  const mime = imageMime(bytes);
  if (!mime) throw fieldError(['base64'], 'Ảnh Quốc huy phải là tệp PNG hoặc JPEG (không nhận SVG hay định dạng khác).');
  if (!decodes(bytes)) throw fieldError(['base64'], 'Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng.');
  saveEmblem(ctx.db, mime, new Uint8Array(bytes), ctx.now);
  return { mime, bytes: bytes.length };
});

export const emblemMethod = handle(certificatesContract, 'certificates.emblem', (ctx) => {
  const e = getEmblem(ctx.db);
  if (!e) return { set: false, mime: null, base64: null, updatedAt: null };
  return { set: true, mime: e.mime, base64: Buffer.from(e.bytes).toString('base64'), updatedAt: e.updatedAt };
});

export const clearEmblemMethod = handle(certificatesContract, 'certificates.clearEmblem', (ctx) => {
  clearEmblem(ctx.db);
  return { cleared: true as const };
});
