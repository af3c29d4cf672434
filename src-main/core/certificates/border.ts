import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { mm } from './layout';

/**
 * The decorative frame of a certificate printed on blank paper, drawn as vector lines (never an image
 * or SVG a user supplied): a thick outer frame, a thin inner frame in the accent colour, and a small
 * diamond in each corner.
 */
export function decorativeBorder(pageMm: [number, number], insetMm: number, color: string, accent: string): Content {
  const [w, h] = pageMm.map(mm) as [number, number];
  const i = mm(insetMm);
  const gap = mm(2.2);
  const frame = (d: number, lineWidth: number, lineColor: string): CanvasElement => ({
    type: 'rect',
    x: i + d,
    y: i + d,
    w: w - 2 * (i + d),
    h: h - 2 * (i + d),
    lineWidth,
    lineColor,
  });
  const diamond = (cx: number, cy: number, r: number): CanvasElement => ({
    type: 'polyline',
    closePath: true,
    points: [
      { x: cx, y: cy - r },
      { x: cx + r, y: cy },
      { x: cx, y: cy + r },
      { x: cx - r, y: cy },
    ],
    color: accent,
    lineColor: color,
    lineWidth: 0.6,
  });
  const c = i + gap / 2;
  const corners: [number, number][] = [
    [c, c],
    [w - c, c],
    [c, h - c],
    [w - c, h - c],
  ];
  return {
    absolutePosition: { x: 0, y: 0 },
    canvas: [
      frame(0, 3, color),
      frame(gap, 0.8, accent),
      frame(gap + mm(1), 0.4, color),
      ...corners.map(([x, y]) => diamond(x, y, mm(3.2))),
    ],
  };
}
