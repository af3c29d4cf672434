import { pdfkitDocument } from './pdfkit';
import { join } from 'node:path';
import type { FieldStyle } from './layout';
import { mm } from './layout';

/** Font files of the embedded family (Tinos: Times New Roman metrics, full Vietnamese). */
export function fontFiles(fontDir: string) {
  return {
    normal: join(fontDir, 'Tinos_400Regular.ttf'),
    bold: join(fontDir, 'Tinos_700Bold.ttf'),
    italics: join(fontDir, 'Tinos_400Regular_Italic.ttf'),
    bolditalics: join(fontDir, 'Tinos_700Bold_Italic.ttf'),
  };
}

type Variant = keyof ReturnType<typeof fontFiles>;

/** Text widths and line heights from the same font files and the same pdfkit that pdfmake renders with. */
export interface Measurer {
  /** Width in points of `text` at 1 pt. */
  unitWidth(variant: Variant, text: string): number;
  /** Line height in points at 1 pt, as pdfmake computes it (without the font's line gap). */
  unitLineHeight(variant: Variant): number;
}

const measurers = new Map<string, Measurer>();

export function createMeasurer(fontDir: string): Measurer {
  const existing = measurers.get(fontDir);
  if (existing) return existing;
  const files = fontFiles(fontDir);
  const doc = new (pdfkitDocument())({ autoFirstPage: false });
  const widths = new Map<string, number>();
  const lineWidths = new Map<string, number>();
  const heights = new Map<Variant, number>();
  const measurer: Measurer = {
    unitWidth(variant, text) {
      const key = `${variant}\u0000${text}`;
      // Widths scale linearly with size, so texts are measured once at 100 pt and cached. Words come
      // from a bounded vocabulary; whole lines (with spaces) are mostly one per recipient, so their
      // cache is kept small: it serves the lines every page repeats, and does not grow with the batch.
      const cache = text.includes(' ') ? lineWidths : widths;
      let w = cache.get(key);
      if (w === undefined) {
        w = doc.font(files[variant]).fontSize(100).widthOfString(text) / 100;
        if (cache.size > (cache === widths ? 50_000 : 2_000)) cache.clear();
        cache.set(key, w);
      }
      return w;
    },
    unitLineHeight(variant) {
      let h = heights.get(variant);
      if (h === undefined) {
        h = doc.font(files[variant]).fontSize(100).currentLineHeight(false) / 100;
        heights.set(variant, h);
      }
      return h;
    },
  };
  measurers.set(fontDir, measurer);
  return measurer;
}

export function variantOf(style: Pick<FieldStyle, 'bold' | 'italic'>): Variant {
  if (style.bold) return style.italic ? 'bolditalics' : 'bold';
  return style.italic ? 'italics' : 'normal';
}

/** How a text was fitted into its box. `fits` is false when even the minimum size overflows. */
export interface FittedText {
  lines: string[];
  fontSize: number;
  /** Height of the text block in points (lines × line height). */
  height: number;
  fits: boolean;
}

// pdfmake must never re-wrap a line we measured: keep a small margin for rounding and kerning.
const WIDTH_SLACK = 0.985;

/** Greedy word wrap at one size; a single word wider than the box makes the wrap fail. */
function wrap(m: Measurer, variant: Variant, words: string[], size: number, maxWidth: number): string[] | null {
  const space = m.unitWidth(variant, ' ') * size;
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of words) {
    const w = m.unitWidth(variant, word) * size;
    if (w > maxWidth) return null;
    if (line && width + space + w <= maxWidth) {
      line += ` ${word}`;
      width += space + w;
    } else {
      if (line) lines.push(line);
      line = word;
      width = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Fits a text into a field's box: the largest size from fontSize down to minFontSize (half-point steps)
 * at which the text wraps into at most maxLines lines that fit the box height. Line breaks the clerk
 * typed are kept.
 */
export function fitText(m: Measurer, text: string, style: FieldStyle): FittedText {
  const variant = variantOf(style);
  const maxWidth = mm(style.width) * WIDTH_SLACK;
  const maxHeight = mm(style.height);
  const paragraphs = text.split('\n').map((p) => p.split(/\s+/).filter(Boolean));
  let last: FittedText | null = null;
  for (let size = style.fontSize; size >= style.minFontSize - 1e-9; size -= 0.5) {
    const lineHeight = m.unitLineHeight(variant) * size * style.lineHeight;
    const lines: string[] = [];
    let ok = true;
    for (const words of paragraphs) {
      const wrapped = wrap(m, variant, words, size, maxWidth);
      if (!wrapped) {
        ok = false;
        lines.push(words.join(' '));
      } else lines.push(...wrapped);
    }
    const height = lines.length * lineHeight;
    last = { lines, fontSize: size, height, fits: ok && lines.length <= style.maxLines && height <= maxHeight + 0.01 };
    if (last.fits) return last;
  }
  return last ?? { lines: [text], fontSize: style.minFontSize, height: 0, fits: false };
}

// Fits per layout field style (layouts are loaded once, so their style objects are stable keys).
const fitMemo = new WeakMap<FieldStyle, Map<string, FittedText>>();

/**
 * fitText, remembered per style and text: most fields print the same text on every page of a batch
 * (Quốc hiệu, title, place and date, signer), so a batch of any size fits them once.
 */
export function fitTextMemo(m: Measurer, text: string, style: FieldStyle): FittedText {
  let byText = fitMemo.get(style);
  if (!byText) fitMemo.set(style, (byText = new Map()));
  let fitted = byText.get(text);
  if (!fitted) {
    fitted = fitText(m, text, style);
    // Recipient texts are fitted at most twice (preflight, print): a small cap keeps memory flat.
    if (byText.size > 1000) byText.clear();
    byText.set(text, fitted);
  }
  return fitted;
}
