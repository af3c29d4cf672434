import type { FieldName, Layout } from './layout';
import { MM, pageSizeMm } from './layout';
import { FIELD_LABELS, fittedFields, overflowProblem, placeLines, shiftOf, type PrintOptions } from './certificate.doc';
import { NATIONAL_TITLE, MOTTO, placeAndDate } from './certificate.text';
import { variantOf, type Measurer } from './text-fit';

/** What a certificate shows when the editor has no decision to take texts from. */
export function sampleTexts(layout: Layout): Record<FieldName, string> {
  return {
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    authority: 'GIÁM ĐỐC CÔNG AN TỈNH',
    award: 'Tặng',
    title: layout.title ?? 'GIẤY KHEN',
    recipient: 'Ông Nguyễn Văn Hùng',
    positionUnit: 'Tổ trưởng tổ bảo vệ an ninh trật tự, xã An Bình',
    achievement:
      'Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội',
    placeDate: placeAndDate('Hải Dương', '2026-12-15'),
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Đại tá Trần Văn Minh',
    decision: 'Quyết định số 125/QĐ-CAT ngày 15/12/2026',
    registry: 'Số sổ: 1024',
  };
}

const toMm = (pt: number) => pt / MM;

/**
 * The page the print would make, as boxes and placed lines in millimetres: computed by the same fitting
 * and placing code as the PDF (fittedFields, placeLines), so the editor's picture is the print's.
 */
export function previewPage(texts: Record<FieldName, string>, layout: Layout, m: Measurer, opts: Pick<PrintOptions, 'mode' | 'offsets'>) {
  const [widthMm, heightMm] = pageSizeMm(layout);
  const shift = shiftOf(opts);
  const fields = fittedFields(texts, layout, m, opts.mode);
  const lines = fields.flatMap((f) => {
    const variant = variantOf(f.style);
    return placeLines(f.style, f.fitted, shift, m).map((l) => ({
      field: f.name,
      text: l.text,
      xMm: toMm(l.x),
      yMm: toMm(l.y),
      widthMm: toMm(l.width),
      fontSize: f.fitted.fontSize,
      bold: variant === 'bold' || variant === 'bolditalics',
      italic: variant === 'italics' || variant === 'bolditalics',
      color: f.style.color,
    }));
  });
  const boxes = fields.map((f) => ({
    field: f.name,
    label: FIELD_LABELS[f.name],
    xMm: f.style.x + shift.x,
    yMm: f.style.y + shift.y,
    widthMm: f.style.width,
    heightMm: f.style.height,
  }));
  const problems = fields.filter((f) => !f.fitted.fits).map(overflowProblem);
  return { sheet: { widthMm, heightMm }, boxes, lines, problems };
}
