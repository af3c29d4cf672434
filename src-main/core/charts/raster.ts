/** A point in pixels. */
export type Point = [number, number];
/** Closed outlines filled together (non-zero winding), e.g. a glyph with its hole. */
export type Shape = Point[][];

const SUB = 4; // sub-scanlines per pixel row (vertical antialiasing); horizontal coverage is exact per span end
// One scanline's crossings, reused (a line of a chart crosses at most a few hundred edges).
const HIT_X = new Float64Array(4096);
const HIT_DIR = new Int8Array(4096);

/** A white RGB canvas that shapes are filled into, with antialiased edges. */
export class Canvas {
  readonly rgb: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.rgb = new Uint8Array(width * height * 3).fill(255);
  }

  /** Fills a shape with `colour` (#rrggbb) at `opacity`. */
  fill(shape: Shape, colour: string, opacity = 1): void {
    const edges = shape.flatMap((ring) => ring.map((p, i): [Point, Point] => [p, ring[(i + 1) % ring.length] as Point]));
    if (edges.length === 0) return;
    const xs = edges.map(([a]) => a[0]);
    const left = Math.max(0, Math.floor(Math.min(...xs)));
    const right = Math.min(this.width, Math.ceil(Math.max(...xs)) + 1);
    const rows = this.rowsOf(edges);
    const rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
    const cover = new Float32Array(this.width + 1);
    for (const [y, active] of rows) {
      cover.fill(0, left, right);
      for (let s = 0; s < SUB; s++) this.spans(active, y + (s + 0.5) / SUB, cover);
      for (let x = left; x < right; x++) {
        const a = Math.min(1, cover[x] ?? 0) * opacity;
        if (a <= 0) continue;
        const at = (y * this.width + x) * 3;
        for (let c = 0; c < 3; c++) this.rgb[at + c] = Math.round((this.rgb[at + c] ?? 255) * (1 - a) + (rgb[c] ?? 0) * a);
      }
    }
  }

  /** The edges crossing each pixel row, so a scanline looks only at its own (glyph outlines have hundreds). */
  private rowsOf(edges: [Point, Point][]): Map<number, [Point, Point][]> {
    const rows = new Map<number, [Point, Point][]>();
    for (const e of edges) {
      const [a, b] = e;
      if (a[1] === b[1]) continue;
      const from = Math.max(0, Math.floor(Math.min(a[1], b[1])));
      const to = Math.min(this.height - 1, Math.floor(Math.max(a[1], b[1])));
      for (let y = from; y <= to; y++) {
        const row = rows.get(y);
        if (row) row.push(e);
        else rows.set(y, [e]);
      }
    }
    return rows;
  }

  /** Adds one sub-scanline's inside spans (non-zero winding) to `cover`, 1/SUB each. */
  private spans(edges: [Point, Point][], y: number, cover: Float32Array): void {
    let n = 0;
    for (const [a, b] of edges) {
      if (y < Math.min(a[1], b[1]) || y >= Math.max(a[1], b[1]) || n === HIT_X.length) continue;
      const x = a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]);
      // Insertion into the few crossings of this line, kept in x order.
      let i = n++;
      for (; i > 0 && (HIT_X[i - 1] ?? 0) > x; i--) {
        HIT_X[i] = HIT_X[i - 1] ?? 0;
        HIT_DIR[i] = HIT_DIR[i - 1] ?? 0;
      }
      HIT_X[i] = x;
      HIT_DIR[i] = b[1] > a[1] ? 1 : -1;
    }
    let winding = 0;
    for (let i = 0; i < n - 1; i++) {
      winding += HIT_DIR[i] ?? 0;
      if (winding !== 0) this.span(HIT_X[i] ?? 0, HIT_X[i + 1] ?? 0, cover);
    }
  }

  private span(x0: number, x1: number, cover: Float32Array): void {
    const from = Math.max(0, x0);
    const to = Math.min(this.width, x1);
    for (let x = Math.floor(from); x < to; x++) {
      const part = Math.min(x + 1, to) - Math.max(x, from);
      if (part > 0) cover[x] = (cover[x] ?? 0) + part / SUB;
    }
  }
}
