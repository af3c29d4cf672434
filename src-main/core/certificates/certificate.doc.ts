import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Decision, Recipient } from '../commendations';
import { certificateTexts } from './certificate.text';
import { decorativeBorder } from './border';
import { FIXED_FIELDS, VARIABLE_FIELDS, mm, pageSizeMm, type FieldName, type FieldStyle, type Layout, type Offsets } from './layout';
import { fitTextMemo, variantOf, type FittedText, type Measurer } from './text-fit';

export const FONT_FAMILY = 'Tinos';

/** How to print: the whole certificate on blank paper, or only the variable fields on pre-printed stock (phôi). */
export interface PrintOptions {
  mode: 'full' | 'overlay';
  /** Printer offsets in millimetres; applied in overlay mode, where the stock fixes the positions. */
  offsets: Offsets;
  /** The national emblem as a data URL (PNG/JPEG the office uploaded), or null: its place stays empty. */
  emblem: string | null;
}

export const FIELD_LABELS: Record<FieldName, string> = {
  nationalTitle: 'Quốc hiệu',
  motto: 'Tiêu ngữ',
  authority: 'Cấp khen',
  award: 'Chữ "TẶNG"',
  title: 'Tên hình thức',
  recipient: 'Họ tên/tên tập thể',
  positionUnit: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
  placeDate: 'Địa danh, ngày tháng',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
  decision: 'Số, ngày quyết định',
  registry: 'Số sổ',
};

/** A text that does not fit its box even at the minimum font size. */
export interface FieldProblem {
  field: FieldName;
  message: string;
}

/** One printed line of a field: its text and the top-left corner of its line box, in points. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  width: number;
}

/**
 * Where each line of a fitted field prints: the box's vertical alignment gives the first line's top,
 * each line is shifted right by its horizontal alignment. The PDF (fieldNode) and the layout editor's
 * preview both place lines with this, so the preview cannot drift from the print.
 */
export function placeLines(style: FieldStyle, fitted: FittedText, shift: Offsets, m: Measurer): PlacedLine[] {
  const free = mm(style.height) - fitted.height;
  const dy = style.valign === 'top' ? 0 : style.valign === 'bottom' ? free : free / 2;
  const variant = variantOf(style);
  const boxWidth = mm(style.width);
  const factor = style.align === 'left' ? 0 : style.align === 'right' ? 1 : 0.5;
  const x0 = mm(style.x + shift.x);
  const y0 = mm(style.y + shift.y) + Math.max(0, dy);
  const lineHeight = m.unitLineHeight(variant) * fitted.fontSize * style.lineHeight;
  return fitted.lines.map((text, i) => {
    const width = m.unitWidth(variant, text) * fitted.fontSize;
    return { text, x: x0 + Math.max(0, (boxWidth - width) * factor), y: y0 + i * lineHeight, width };
  });
}

/**
 * One field as a stack of lines we already measured and broke: each line is `noWrap` and aligned by its
 * left margin, so pdfmake neither re-breaks nor re-measures for alignment (and skips its line-breaking
 * pass, the costliest part of a 1,000-page batch).
 */
function fieldNode(style: FieldStyle, fitted: FittedText, shift: Offsets, m: Measurer): Content {
  const variant = variantOf(style);
  const lines = placeLines(style, fitted, shift, m);
  const x0 = mm(style.x + shift.x);
  return {
    absolutePosition: { x: x0, y: lines[0]?.y ?? mm(style.y + shift.y) },
    fontSize: fitted.fontSize,
    bold: variant === 'bold' || variant === 'bolditalics',
    italics: variant === 'italics' || variant === 'bolditalics',
    color: style.color,
    lineHeight: style.lineHeight,
    stack: lines.map((line) => ({ text: line.text, noWrap: true, margin: [line.x - x0, 0, 0, 0] })),
  };
}

/** The rule under the motto (tiêu ngữ), as wide as the motto itself. */
function mottoRule(style: FieldStyle, fitted: FittedText, m: Measurer): Content {
  const width = Math.max(...fitted.lines.map((l) => m.unitWidth(variantOf(style), l) * fitted.fontSize));
  const cx = mm(style.x + style.width / 2);
  const y = mm(style.y) + (mm(style.height) + fitted.height) / 2 + 1;
  return {
    absolutePosition: { x: 0, y: 0 },
    canvas: [{ type: 'line', x1: cx - width / 2, y1: y, x2: cx + width / 2, y2: y, lineWidth: 0.7 }],
  };
}

/** A field that prints on this certificate, with its text fitted into its box. */
export interface FittedField {
  name: FieldName;
  style: FieldStyle;
  fitted: FittedText;
}

/** The fields a certificate prints in `mode`, each fitted (hidden and empty ones left out). */
export function fittedFields(texts: Record<FieldName, string>, layout: Layout, m: Measurer, mode: PrintOptions['mode']): FittedField[] {
  const names: readonly FieldName[] = mode === 'full' ? [...FIXED_FIELDS, ...VARIABLE_FIELDS] : VARIABLE_FIELDS;
  const out: FittedField[] = [];
  for (const name of names) {
    const style = layout.fields[name];
    const raw = texts[name].trim();
    if (style.hidden || !raw) continue;
    out.push({ name, style, fitted: fitTextMemo(m, style.uppercase ? raw.toLocaleUpperCase('vi') : raw, style) });
  }
  return out;
}

export function overflowProblem(f: FittedField): FieldProblem {
  return {
    field: f.name,
    message: `${FIELD_LABELS[f.name]} quá dài: không vừa ô in dù đã giảm cỡ chữ xuống ${f.style.minFontSize}.`,
  };
}

/** The offsets a print applies: the printer's only on pre-printed stock, where the stock fixes the positions. */
export const shiftOf = (opts: Pick<PrintOptions, 'mode' | 'offsets'>): Offsets => (opts.mode === 'full' ? { x: 0, y: 0 } : opts.offsets);

/** One certificate page as pdfmake content, and the fields that would overflow. Pure. */
export function certificatePage(r: Recipient, d: Decision, layout: Layout, m: Measurer, opts: PrintOptions) {
  const content: Content[] = [];
  const problems: FieldProblem[] = [];
  const full = opts.mode === 'full';
  const shift = shiftOf(opts);
  if (full) {
    content.push(decorativeBorder(pageSizeMm(layout), layout.border.inset, layout.border.color, layout.border.accent));
    if (opts.emblem) {
      const e = layout.emblem;
      content.push({ image: opts.emblem, fit: [mm(e.width), mm(e.height)], absolutePosition: { x: mm(e.x), y: mm(e.y) } });
    }
  }
  for (const f of fittedFields(certificateTexts(r, d, layout), layout, m, opts.mode)) {
    if (!f.fitted.fits) problems.push(overflowProblem(f));
    content.push(fieldNode(f.style, f.fitted, shift, m));
    if (full && f.name === 'motto') content.push(mottoRule(f.style, f.fitted, m));
  }
  return { content, problems };
}

/** The pdfmake document for pages of content built on one layout: one certificate per page, no margins. */
export function certificateDocument(pages: Content[][], layout: Layout, title: string): TDocumentDefinitions {
  const [w, h] = pageSizeMm(layout);
  return {
    info: { title, creator: 'antq-records' },
    pageSize: { width: mm(w), height: mm(h) },
    pageOrientation: layout.paper.orientation,
    pageMargins: [0, 0, 0, 0],
    defaultStyle: { font: FONT_FAMILY, fontSize: 13 },
    content: pages.map((stack, i): Content => (i === 0 ? { stack } : { stack, pageBreak: 'before' })),
  };
}
