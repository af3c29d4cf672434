import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVnDate, parseVnDate } from '../../src-main/shared/vn-date';

// The oracle is the platform's own calendar (Date), independent of the parser's arithmetic.
const DAY_MS = 86_400_000;
const FIRST = Date.UTC(1945, 0, 1);
const LAST = Date.UTC(2100, 11, 31);
const DAYS = (LAST - FIRST) / DAY_MS;

function dayAt(index: number): { y: number; m: number; d: number; iso: string } {
  const date = new Date(FIRST + index * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), iso: date.toISOString().slice(0, 10) };
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** Every way the parser promises to read a day, written out for that day. */
function writings(y: number, m: number, d: number): string[] {
  const out = [`${p2(d)}/${p2(m)}/${y}`, `${d}/${m}/${y}`, `${p2(d)}${p2(m)}${y}`, `${p2(d)}.${p2(m)}.${y}`, `${p2(d)}-${p2(m)}-${y}`];
  out.push(`${d}.${m}.${y}`, `${d}-${m}-${y}`, `${y}-${p2(m)}-${p2(d)}`);
  // d/m/yy names 1945–2044 only (pivot 45); later years need four digits.
  if (y <= 2044) out.push(`${d}/${m}/${p2(y % 100)}`, `${p2(d)}/${p2(m)}/${p2(y % 100)}`);
  return out;
}

function isRealInRange(y: number, m: number, d: number): boolean {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return y >= 1945 && y <= 2100 && back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}

describe('the date parser, for every day of 1945–2100', () => {
  it('reads each accepted writing of every real day back to that day, and writes it as dd/mm/yyyy', () => {
    for (let i = 0; i <= DAYS; i++) {
      const { y, m, d, iso } = dayAt(i);
      for (const text of writings(y, m, d)) {
        const r = parseVnDate(text);
        if (!r.ok || r.iso !== iso) expect.fail(`${text} → ${JSON.stringify(r)}, expected ${iso}`);
      }
      if (formatVnDate(iso) !== `${p2(d)}/${p2(m)}/${y}`) expect.fail(`formatVnDate(${iso})`);
    }
  });

  it('round-trips format(parse(text)) for random days and writings, with spaces around', () => {
    const writing = fc.integer({ min: 0, max: DAYS }).chain((i) => {
      const day = dayAt(i);
      return fc.record({
        day: fc.constant(day),
        text: fc.constantFrom(...writings(day.y, day.m, day.d)),
        pad: fc.constantFrom('', ' ', '\t', '  '),
      });
    });
    fc.assert(
      fc.property(writing, ({ day, text, pad }) => {
        const r = parseVnDate(`${pad}${text}${pad}`);
        expect(r).toEqual({ ok: true, iso: day.iso });
        if (r.ok) expect(parseVnDate(formatVnDate(r.iso))).toEqual(r);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the date parser, on any text', () => {
  it('never throws, and what it accepts is a real day in 1945–2100', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.stringMatching(/^\s?\d{0,5}[/.\- ]?\d{0,5}[/.\- ]?\d{0,5}\s?$/),
      fc.stringMatching(/^\d{6,9}$/),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseVnDate(text);
        if (r.ok) {
          const [y, m, d] = r.iso.split('-').map(Number) as [number, number, number];
          expect(isRealInRange(y, m, d), `${text} → ${r.iso}`).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts d/m/yyyy exactly when the calendar has that day in 1945–2100', () => {
    const parts = fc.record({
      d: fc.integer({ min: 0, max: 40 }),
      m: fc.integer({ min: 0, max: 15 }),
      y: fc.integer({ min: 1900, max: 2200 }),
    });
    fc.assert(
      fc.property(parts, fc.constantFrom('/', '.', '-'), ({ d, m, y }, sep) => {
        const r = parseVnDate(`${d}${sep}${m}${sep}${y}`);
        expect(r.ok).toBe(isRealInRange(y, m, d));
        if (r.ok) expect(r.iso).toBe(`${y}-${p2(m)}-${p2(d)}`);
      }),
      { numRuns: 5000 },
    );
  });
});
