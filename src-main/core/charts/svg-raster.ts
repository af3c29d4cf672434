import { Canvas, type Point, type Shape } from './raster';
import { textShape, type TextRun } from './glyphs';
import { encodePng } from './png';

/**
 * Rasterises the SVG charts ECharts' server renderer writes (paths of lines and arcs, filled or
 * stroked, and text), for the PNG a Word file must carry beside an SVG picture. Not a general SVG
 * renderer: only what those charts contain; arcs (legend corners) are drawn as straight lines.
 */
const attrsOf = (s: string) => Object.fromEntries([...s.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

function translateOf(transform: string | undefined): Point | null {
  if (!transform) return [0, 0];
  const m = /^translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)$/.exec(transform.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** The outlines of a path's `d` (M, L, H, V, A, Z in both cases), in its own units. */
function pathRings(d: string): Point[][] {
  const rings: Point[][] = [];
  let ring: Point[] = [];
  let at: Point = [0, 0];
  let start: Point = [0, 0];
  for (const [, cmd = '', args = ''] of d.matchAll(/([MmLlHhVvAaZz])([^MmLlHhVvAaZz]*)/g)) {
    const n = (args.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
    const rel = cmd === cmd.toLowerCase();
    const go = (x: number, y: number) => (at = rel ? [at[0] + x, at[1] + y] : [x, y]);
    const C = cmd.toUpperCase();
    if (C === 'Z') {
      if (ring.length) rings.push(ring);
      ring = [];
      at = start;
      continue;
    }
    const step = C === 'A' ? 7 : C === 'H' || C === 'V' ? 1 : 2;
    for (let i = 0; i + step <= n.length; i += step) {
      if (C === 'H') at = [rel ? at[0] + (n[i] ?? 0) : (n[i] ?? 0), at[1]];
      else if (C === 'V') at = [at[0], rel ? at[1] + (n[i] ?? 0) : (n[i] ?? 0)];
      else go(n[i + step - 2] ?? 0, n[i + step - 1] ?? 0);
      if (C === 'M' && i === 0) {
        if (ring.length) rings.push(ring);
        ring = [at];
        start = at;
      } else ring.push(at);
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** A stroked polyline as quads `width` wide. */
function strokeShape(rings: Point[][], width: number): Shape {
  const out: Shape = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [a, b] = [ring[i] as Point, ring[i + 1] as Point];
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
      const [nx, ny] = [((a[1] - b[1]) / len) * (width / 2), ((b[0] - a[0]) / len) * (width / 2)];
      out.push([
        [a[0] + nx, a[1] + ny],
        [b[0] + nx, b[1] + ny],
        [b[0] - nx, b[1] - ny],
        [a[0] - nx, a[1] - ny],
      ]);
    }
  }
  return out;
}

const colourOf = (v: string | undefined) => (v && /^#[0-9a-f]{6}$/i.test(v) ? v : null);
const place = (rings: Point[][], t: Point, scale: number): Shape =>
  rings.map((r) => r.map(([x, y]) => [(x + t[0]) * scale, (y + t[1]) * scale]));

function drawPath(canvas: Canvas, a: Record<string, string>, t: Point, scale: number): void {
  const rings = pathRings(a.d ?? '');
  const fill = colourOf(a.fill);
  if (fill) canvas.fill(place(rings, t, scale), fill, Number(a['fill-opacity'] ?? 1));
  const stroke = colourOf(a.stroke);
  const width = Number(a['stroke-width'] ?? 1);
  if (stroke && width > 0) canvas.fill(strokeShape(place(rings, t, scale), width * scale), stroke, Number(a['stroke-opacity'] ?? 1));
}

function textRun(a: Record<string, string>, body: string, t: Point): TextRun {
  const style = a.style ?? '';
  const anchor = a['text-anchor'];
  const text = body
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return {
    text,
    x: t[0] + Number(a.x ?? 0),
    y: t[1] + Number(a.y ?? 0),
    size: Number(/font-size:\s*([\d.]+)px/.exec(style)?.[1] ?? 12),
    bold: /font-weight:\s*(bold|[6-9]00)/.test(style),
    anchor: anchor === 'middle' || anchor === 'end' ? anchor : 'start',
    baseline: a['dominant-baseline'] === 'central' ? 'central' : 'alphabetic',
  };
}

/** The chart as a PNG `scale` times its SVG size, on white. */
export function svgToPng(svg: string, fontDir: string, scale = 2): Buffer {
  const root = attrsOf(/<svg\b([^>]*)>/.exec(svg)?.[1] ?? '');
  const canvas = new Canvas(Math.round(Number(root.width ?? 600) * scale), Math.round(Number(root.height ?? 300) * scale));
  for (const m of svg.matchAll(/<(path|text)\b([^>]*)>(?:([^<]*)<\/text>)?/g)) {
    const a = attrsOf(m[2] ?? '');
    const t = translateOf(a.transform);
    if (!t) continue; // rotated or scaled items: the charts have none
    if (m[1] === 'path') drawPath(canvas, a, t, scale);
    else canvas.fill(textShape(fontDir, textRun(a, m[3] ?? '', t), scale), colourOf(a.fill) ?? '#000000');
  }
  return encodePng(canvas.width, canvas.height, canvas.rgb);
}
