import { z } from 'zod';
import { key, uuid } from '../../shared/input.schema';

/** Fields printed on blank paper only: on pre-printed stock (phôi) they are already there. */
export const FIXED_FIELDS = ['nationalTitle', 'motto', 'authority', 'award', 'title'] as const;
/** Fields that change per recipient or decision: printed in both modes. */
export const VARIABLE_FIELDS = [
  'recipient',
  'positionUnit',
  'achievement',
  'placeDate',
  'signerTitle',
  'signerName',
  'decision',
  'registry',
] as const;
export const CertificateField = z.enum([...FIXED_FIELDS, ...VARIABLE_FIELDS]);
export type CertificateField = z.output<typeof CertificateField>;

const millimetres = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} phải là số milimét.` })
    .min(min, `${label} không được nhỏ hơn ${min} mm.`)
    .max(max, `${label} không được lớn hơn ${max} mm.`);

/** Where one field prints, in millimetres from the paper's top-left corner, and its largest font size (pt). */
export const FieldPlacement = z.object({
  x: millimetres('X', 0, 420),
  y: millimetres('Y', 0, 420),
  width: millimetres('Độ rộng', 5, 420),
  fontSize: z.number({ error: 'Cỡ chữ phải là số.' }).min(6, 'Cỡ chữ nhỏ nhất là 6.').max(72, 'Cỡ chữ lớn nhất là 72.'),
});
export type FieldPlacement = z.output<typeof FieldPlacement>;

/** The office's placements of a layout's fields; a field left out prints where the layout file puts it. */
export const FieldPlacements = z.partialRecord(CertificateField, FieldPlacement);
export type FieldPlacements = z.output<typeof FieldPlacements>;

const LayoutId = key('Mẫu in');

/** One field in the editor: where it prints now, where the layout file puts it, and its fixed height. */
const EditorField = z.object({
  field: CertificateField,
  label: z.string(),
  /** Printed on pre-printed stock too (the others are on the phôi already). */
  variable: z.boolean(),
  placement: FieldPlacement,
  original: FieldPlacement,
  heightMm: z.number(),
});

export const LayoutFieldsOut = z.object({
  layoutId: z.string(),
  name: z.string(),
  sheet: z.object({ widthMm: z.number(), heightMm: z.number() }),
  fields: z.array(EditorField),
  /** Printer offsets of the layout (overlay mode), applied on top of the fields' places. */
  offsets: z.object({ x: z.number(), y: z.number() }),
  /** 0 while the file's placements are used; grows with every save. */
  version: z.number().int(),
});

export const LayoutFieldsInput = z.object({ layoutId: LayoutId });
export const SaveLayoutFieldsInput = z.object({
  layoutId: LayoutId,
  fields: FieldPlacements,
  /** The version the editor started from: a save over someone else's newer one is refused. */
  expectedVersion: z.number().int().min(0),
});

/** One printed line as the PDF places it: top-left of the line box in mm, size in points. */
const PreviewLine = z.object({
  field: CertificateField,
  text: z.string(),
  xMm: z.number(),
  yMm: z.number(),
  widthMm: z.number(),
  fontSize: z.number(),
  bold: z.boolean(),
  italic: z.boolean(),
  color: z.string(),
});

export const LayoutPreviewInput = z.object({
  layoutId: LayoutId,
  /** The editor's unsaved placements (the saved ones when absent). */
  fields: FieldPlacements.optional(),
  /** Whose certificate to show: the decision's first recipient (or `recipientId`); sample texts without one. */
  decisionId: uuid('Mã quyết định').optional(),
  recipientId: uuid('Mã người được khen').optional(),
  mode: z.enum(['full', 'overlay']).default('full'),
});

export const LayoutPreviewOut = z.object({
  sheet: z.object({ widthMm: z.number(), heightMm: z.number() }),
  boxes: z.array(
    z.object({ field: CertificateField, label: z.string(), xMm: z.number(), yMm: z.number(), widthMm: z.number(), heightMm: z.number() }),
  ),
  lines: z.array(PreviewLine),
  problems: z.array(z.object({ field: z.string(), message: z.string() })),
});

export const DecisionLayoutInput = z.object({ decisionId: uuid('Mã quyết định', 'Thiếu mã quyết định.') });
export const SetDecisionLayoutInput = DecisionLayoutInput.extend({
  /** null: back to the layout picked by the decision's form and authority. */
  layoutId: LayoutId.nullable(),
});
export const DecisionLayoutOut = z.object({
  layoutId: z.string(),
  layoutName: z.string(),
  /** True when the clerk chose it; false when it follows the form and authority. */
  chosen: z.boolean(),
});
