import { formatVnNumber, parseVnNumber } from '../../../src-main/shared/vn-number';
import type { EditorField, LayoutFields, Placement } from './layoutEditorStore';

/** What the clerk typed for one field, as text (so "12," mid-typing is not rewritten under the cursor). */
export type DraftRow = Record<keyof Placement, string>;
export type Draft = Record<string, DraftRow>;

export const PLACEMENT_KEYS = ['x', 'y', 'width', 'fontSize'] as const;
export const PLACEMENT_LABELS: Record<keyof Placement, string> = { x: 'X (mm)', y: 'Y (mm)', width: 'Rộng (mm)', fontSize: 'Cỡ chữ (pt)' };

export function draftRow(p: Placement): DraftRow {
  return { x: formatVnNumber(p.x), y: formatVnNumber(p.y), width: formatVnNumber(p.width), fontSize: formatVnNumber(p.fontSize) };
}

export function draftOf(layout: LayoutFields): Draft {
  return Object.fromEntries(layout.fields.map((f) => [f.field, draftRow(f.placement)]));
}

/**
 * The draft read back as placements, and what is wrong with it, per field, in the words the core uses:
 * a value that is not a number, or a box that leaves the sheet. The core checks again on save.
 */
export function readDraft(layout: LayoutFields, draft: Draft): { placements: Record<string, Placement>; errors: Record<string, string> } {
  const placements: Record<string, Placement> = {};
  const errors: Record<string, string> = {};
  for (const f of layout.fields) {
    const row = draft[f.field];
    if (!row) continue;
    const p = readRow(row);
    if (typeof p === 'string') errors[f.field] = `${f.label}: ${p}`;
    else {
      const off = offSheet(f, p, layout.sheet);
      if (off) errors[f.field] = `${f.label}: ${off}`;
      placements[f.field] = p;
    }
  }
  return { placements, errors };
}

function readRow(row: DraftRow): Placement | string {
  const out: Partial<Placement> = {};
  for (const key of PLACEMENT_KEYS) {
    const v = parseVnNumber(row[key]);
    if (v === null) return `${PLACEMENT_LABELS[key]} phải là số, ví dụ 12,5.`;
    out[key] = v;
  }
  const p = out as Placement;
  if (p.x < 0 || p.y < 0) return 'X và Y không được âm (tính từ góc trên bên trái tờ giấy).';
  if (p.width < 5) return 'Độ rộng ít nhất 5 mm.';
  if (p.fontSize < 6 || p.fontSize > 72) return 'Cỡ chữ từ 6 đến 72.';
  return p;
}

function offSheet(f: EditorField, p: Placement, sheet: LayoutFields['sheet']): string | null {
  if (p.x + p.width > sheet.widthMm) return `ô in vượt mép phải tờ giấy (X + rộng > ${sheet.widthMm} mm).`;
  if (p.y + f.heightMm > sheet.heightMm) return `ô in vượt mép dưới tờ giấy (Y + cao > ${sheet.heightMm} mm).`;
  return null;
}

/** Only the fields that differ from the layout file: the rest keep following the file. */
export function changedFromFile(layout: LayoutFields, placements: Record<string, Placement>): Record<string, Placement> {
  const same = (a: Placement, b: Placement) => PLACEMENT_KEYS.every((k) => Math.abs(a[k] - b[k]) < 1e-9);
  return Object.fromEntries(
    layout.fields.filter((f) => placements[f.field] && !same(placements[f.field]!, f.original)).map((f) => [f.field, placements[f.field]!]),
  );
}
