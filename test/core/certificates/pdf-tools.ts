import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'antq-cert-'));
let n = 0;

/** Writes PDF bytes to a temp file and returns its path (poppler tools read files). */
export function pdfFile(bytes: Buffer | string): string {
  const file = join(dir, `doc-${++n}.pdf`);
  writeFileSync(file, typeof bytes === 'string' ? Buffer.from(bytes, 'base64') : bytes);
  return file;
}

export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

/** Page count and the first page's size in millimetres, rounded to 0.1 mm. */
export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(out);
  const toMm = (pt: string | undefined) => Math.round((Number(pt) * 25.4 * 10) / 72) / 10;
  return { pages, width: toMm(size?.[1]), height: toMm(size?.[2]) };
}

export function pdfFonts(file: string): string {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' });
}

/** Every word on page 1 with its box in points, from `pdftotext -bbox`. */
export function pdfWords(file: string): { word: string; xMin: number; yMin: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  const words: { word: string; xMin: number; yMin: number }[] = [];
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    words.push({ word: m[3] ?? '', xMin: Number(m[1]), yMin: Number(m[2]) });
  }
  return words;
}
