import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Point, Shape } from './raster';

/** The parts of a fontkit font we use (fontkit ships no types). */
interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}
interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  layout(text: string): {
    glyphs: { path: { commands: PathCommand[] } }[];
    positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  };
}

// fontkit as pdfkit (pdfmake's) loads it: the copy that lays the PDF's text out.
const fromPdfkit = createRequire(createRequire(createRequire(__filename).resolve('pdfmake')).resolve('pdfkit'));
const fonts = new Map<string, FontkitFont>();

function fontOf(fontDir: string, bold: boolean): FontkitFont {
  const file = join(fontDir, bold ? 'Tinos_700Bold.ttf' : 'Tinos_400Regular.ttf');
  let font = fonts.get(file);
  if (!font) {
    // The one untyped boundary: fontkit's openSync returns its Font class.
    font = (fromPdfkit('fontkit') as { openSync(path: string): FontkitFont }).openSync(file);
    fonts.set(file, font);
  }
  return font;
}

function flatten(commands: PathCommand[], place: (x: number, y: number) => Point): Shape {
  const rings: Point[][] = [];
  let ring: Point[] = [];
  let at: Point = [0, 0];
  const curve = (f: (t: number) => [number, number]) => {
    for (let i = 1; i <= 6; i++) ring.push(place(...f(i / 6)));
  };
  for (const { command, args: a } of commands) {
    const [x0, y0] = at;
    if (command === 'moveTo') {
      if (ring.length) rings.push(ring);
      ring = [place(a[0] ?? 0, a[1] ?? 0)];
    } else if (command === 'lineTo') ring.push(place(a[0] ?? 0, a[1] ?? 0));
    else if (command === 'quadraticCurveTo') {
      const [cx = 0, cy = 0, x = 0, y = 0] = a;
      curve((t) => [(1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x, (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y]);
    } else if (command === 'bezierCurveTo') {
      const [c1x = 0, c1y = 0, c2x = 0, c2y = 0, x = 0, y = 0] = a;
      const b = (p0: number, p1: number, p2: number, p3: number, t: number) =>
        (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t * t * p2 + t ** 3 * p3;
      curve((t) => [b(x0, c1x, c2x, x, t), b(y0, c1y, c2y, y, t)]);
    }
    if (a.length >= 2) at = [a[a.length - 2] ?? 0, a[a.length - 1] ?? 0];
  }
  if (ring.length) rings.push(ring);
  return rings;
}

export interface TextRun {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  anchor: 'start' | 'middle' | 'end';
  /** ECharts writes 'central' (the em box's middle on y) or the alphabetic baseline. */
  baseline: 'central' | 'alphabetic';
}

/** A line of text as glyph outlines in pixels (Tinos, as the PDF prints it). */
export function textShape(fontDir: string, run: TextRun, scale: number): Shape {
  const font = fontOf(fontDir, run.bold);
  const unit = run.size / font.unitsPerEm;
  const { glyphs, positions } = font.layout(run.text.normalize('NFC'));
  const width = positions.reduce((s, p) => s + p.xAdvance, 0) * unit;
  const left = run.anchor === 'middle' ? run.x - width / 2 : run.anchor === 'end' ? run.x - width : run.x;
  const baseline = run.baseline === 'central' ? run.y + ((font.ascent + font.descent) / 2) * unit : run.y;
  const shape: Shape = [];
  let pen = 0;
  glyphs.forEach((g, i) => {
    const p = positions[i] ?? { xAdvance: 0, xOffset: 0, yOffset: 0 };
    const ox = pen + p.xOffset;
    const oy = p.yOffset;
    shape.push(...flatten(g.path.commands, (x, y) => [(left + (ox + x) * unit) * scale, (baseline - (oy + y) * unit) * scale]));
    pen += p.xAdvance;
  });
  return shape;
}
