import type { FieldPlacement, FieldPlacements } from '../../contract/certificates/layout-editor';
import { FIXED_FIELDS, VARIABLE_FIELDS, pageSizeMm, type FieldName, type FieldStyle, type Layout } from './layout';
import { FIELD_LABELS } from './certificate.doc';

export const ALL_FIELDS: readonly FieldName[] = [...FIXED_FIELDS, ...VARIABLE_FIELDS];

/** A field's box and size as the layout file sets them: what "Về mặc định" goes back to. */
export function placementOf(style: FieldStyle): FieldPlacement {
  return { x: style.x, y: style.y, width: style.width, fontSize: style.fontSize };
}

/**
 * The layout with the office's own field placements over the file's: each saved field keeps its
 * height, font and alignment from the file and takes x, y, width and size from the office. A size
 * below the file's smallest lowers that smallest too, so the text is never printed larger than asked.
 */
export function applyPlacements(layout: Layout, placements: FieldPlacements): Layout {
  if (Object.keys(placements).length === 0) return layout;
  const fields = { ...layout.fields };
  for (const name of ALL_FIELDS) {
    const p = placements[name];
    if (!p) continue;
    const style = fields[name];
    fields[name] = { ...style, ...p, minFontSize: Math.min(style.minFontSize, p.fontSize) };
  }
  return { ...layout, fields };
}

const mmText = (v: number) => `${Math.round(v * 10) / 10}`.replace('.', ',');

/** One field against the sheet: every edge inside the paper, in Vietnamese naming the field and the edge. */
function fieldIssues(name: FieldName, p: FieldPlacement, height: number, sheet: [number, number]): string[] {
  const label = FIELD_LABELS[name];
  const [w, h] = sheet;
  const out: string[] = [];
  if (p.x + p.width > w + 1e-9)
    out.push(`${label}: ô in vượt mép phải tờ giấy (X + rộng = ${mmText(p.x + p.width)} mm, tờ rộng ${w} mm); giảm X hoặc độ rộng.`);
  if (p.y + height > h + 1e-9)
    out.push(`${label}: ô in vượt mép dưới tờ giấy (Y + cao = ${mmText(p.y + height)} mm, tờ cao ${h} mm); giảm Y.`);
  return out;
}

/** Every placement that would print off the sheet, as issues with the field's name in the path. */
export function placementIssues(layout: Layout, placements: FieldPlacements): { path: (string | number)[]; message: string }[] {
  const sheet = pageSizeMm(layout);
  const issues: { path: (string | number)[]; message: string }[] = [];
  for (const name of ALL_FIELDS) {
    const p = placements[name];
    if (!p) continue;
    for (const message of fieldIssues(name, p, layout.fields[name].height, sheet)) issues.push({ path: ['fields', name], message });
  }
  return issues;
}
