import { z } from 'zod';
import { FIXED_FIELDS, VARIABLE_FIELDS } from '../../contract/certificates/layout-editor';

/** Millimetres to PDF points (1/72 inch). */
export const MM = 72 / 25.4;
export const mm = (v: number): number => v * MM;

/** Paper sizes in millimetres, portrait. */
export const PAPER_MM = { A3: [297, 420], A4: [210, 297] } as const;

// The field names are part of the contract (the layout editor names them); re-exported for the core.
export { FIXED_FIELDS, VARIABLE_FIELDS };
export type FixedField = (typeof FIXED_FIELDS)[number];
export type VariableField = (typeof VARIABLE_FIELDS)[number];
export type FieldName = FixedField | VariableField;

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Màu phải có dạng #rrggbb.');

/** A box on the page, in millimetres from the top-left corner of the paper. */
export const Box = z.object({
  x: z.number().min(0).max(420),
  y: z.number().min(0).max(420),
  width: z.number().positive().max(420),
  height: z.number().positive().max(420),
});
export type Box = z.output<typeof Box>;

/** How one field is printed: its box, font and colour; text shrinks from fontSize to minFontSize, then wraps. */
export const FieldStyle = Box.extend({
  fontSize: z.number().min(4).max(96),
  minFontSize: z.number().min(4).max(96),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  align: z.enum(['left', 'center', 'right']).default('center'),
  valign: z.enum(['top', 'middle', 'bottom']).default('middle'),
  color: Colour.default('#000000'),
  /** Line height as a multiple of the font's own line height. */
  lineHeight: z.number().min(0.8).max(2).default(1.1),
  uppercase: z.boolean().default(false),
  /** Shrinking stops here; below it the text wraps; some fields (names) must stay on one line. */
  maxLines: z.number().int().min(1).max(20).default(1),
  hidden: z.boolean().default(false),
}).refine((f) => f.minFontSize <= f.fontSize, { message: 'Cỡ chữ nhỏ nhất phải không lớn hơn cỡ chữ.', path: ['minFontSize'] });
export type FieldStyle = z.output<typeof FieldStyle>;

/** A certificate layout (mẫu in) for award forms and authorities, loaded from resources/layouts/*.json. */
export const Layout = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Catalogue codes this layout is for; an empty list matches any. */
  forms: z.array(z.string()).default([]),
  authorities: z.array(z.string()).default([]),
  /** The title printed in red; the award form's name in capitals when absent. */
  title: z.string().optional(),
  paper: z.object({ size: z.enum(['A3', 'A4']), orientation: z.enum(['landscape', 'portrait']) }),
  border: z.object({ inset: z.number().min(0).max(40), color: Colour, accent: Colour }),
  emblem: Box,
  fields: z.object({
    nationalTitle: FieldStyle,
    motto: FieldStyle,
    authority: FieldStyle,
    award: FieldStyle,
    title: FieldStyle,
    recipient: FieldStyle,
    positionUnit: FieldStyle,
    achievement: FieldStyle,
    placeDate: FieldStyle,
    signerTitle: FieldStyle,
    signerName: FieldStyle,
    decision: FieldStyle,
    registry: FieldStyle,
  }),
});
export type Layout = z.output<typeof Layout>;

/** Page size in millimetres (width, height) after orientation. */
export function pageSizeMm(layout: Layout): [number, number] {
  const [w, h] = PAPER_MM[layout.paper.size];
  return layout.paper.orientation === 'landscape' ? [h, w] : [w, h];
}

/** Printer offsets for pre-printed stock: positive x moves right, positive y moves down. */
export interface Offsets {
  x: number;
  y: number;
}
