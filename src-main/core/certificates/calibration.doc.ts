import type { CanvasElement, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FIELD_LABELS, FONT_FAMILY } from './certificate.doc';
import { VARIABLE_FIELDS, mm, pageSizeMm, type Layout, type Offsets } from './layout';

const GRID = '#b0b0b0';
const MARK = '#c0161d';

function crosshair(xMm: number, yMm: number, armMm = 6): CanvasElement[] {
  const [x, y, a] = [mm(xMm), mm(yMm), mm(armMm)];
  return [
    { type: 'line', x1: x - a, y1: y, x2: x + a, y2: y, lineWidth: 0.6, lineColor: MARK },
    { type: 'line', x1: x, y1: y - a, x2: x, y2: y + a, lineWidth: 0.6, lineColor: MARK },
    { type: 'ellipse', x, y, r1: mm(1.5), r2: mm(1.5), lineWidth: 0.6, lineColor: MARK },
  ];
}

function grid(w: number, h: number): CanvasElement[] {
  const lines: CanvasElement[] = [];
  for (let x = 0; x <= w; x += 5) {
    lines.push({ type: 'line', x1: mm(x), y1: 0, x2: mm(x), y2: mm(h), lineWidth: x % 10 === 0 ? 0.35 : 0.12, lineColor: GRID });
  }
  for (let y = 0; y <= h; y += 5) {
    lines.push({ type: 'line', x1: 0, y1: mm(y), x2: mm(w), y2: mm(y), lineWidth: y % 10 === 0 ? 0.35 : 0.12, lineColor: GRID });
  }
  return lines;
}

function labels(w: number, h: number): Content[] {
  const out: Content[] = [];
  for (let x = 50; x < w; x += 50) out.push({ text: `${x}`, fontSize: 7, color: '#555555', absolutePosition: { x: mm(x) + 1, y: mm(2) } });
  for (let y = 50; y < h; y += 50) out.push({ text: `${y}`, fontSize: 7, color: '#555555', absolutePosition: { x: mm(2), y: mm(y) + 1 } });
  return out;
}

/**
 * The calibration page for pre-printed stock: a millimetre grid (lines every 5 mm, bold every 10 mm,
 * numbered every 50 mm), and a crosshair at the top-left corner of each variable field with the printer
 * offsets applied. Printed on plain paper and laid over a blank phôi, it shows how far to move.
 */
export function calibrationDocument(layout: Layout, offsets: Offsets): TDocumentDefinitions {
  const [w, h] = pageSizeMm(layout);
  const marks: CanvasElement[] = [];
  const names: Content[] = [];
  for (const name of VARIABLE_FIELDS) {
    const f = layout.fields[name];
    if (f.hidden) continue;
    const [x, y] = [f.x + offsets.x, f.y + offsets.y];
    marks.push(...crosshair(x, y), {
      type: 'rect',
      x: mm(x),
      y: mm(y),
      w: mm(f.width),
      h: mm(f.height),
      lineWidth: 0.4,
      lineColor: MARK,
      dash: { length: 3 },
    });
    names.push({ text: FIELD_LABELS[name], fontSize: 8, color: MARK, absolutePosition: { x: mm(x) + 3, y: mm(y) + 2 } });
  }
  const caption = `Trang căn chỉnh: ${layout.name} · độ lệch ngang ${offsets.x} mm, dọc ${offsets.y} mm`;
  return {
    info: { title: caption, creator: 'antq-records' },
    pageSize: { width: mm(w), height: mm(h) },
    pageOrientation: layout.paper.orientation,
    pageMargins: [0, 0, 0, 0],
    defaultStyle: { font: FONT_FAMILY },
    content: [
      { absolutePosition: { x: 0, y: 0 }, canvas: [...grid(w, h), ...crosshair(w / 2, h / 2, 12), ...marks] },
      ...labels(w, h),
      ...names,
      { text: caption, fontSize: 10, absolutePosition: { x: mm(12), y: mm(h - 10) } },
    ],
  };
}
