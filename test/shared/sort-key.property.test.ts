import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortKey } from '../../src-main/shared/sort-key';

/**
 * What the key promises (src-main/shared/sort-key.ts): for text made of Vietnamese letters (any tone, any
 * case), digits and single spaces, comparing keys as binary strings orders exactly as
 * `new Intl.Collator('vi', { numeric: true })` does: alphabet first, then tones (none, huyền, hỏi, ngã, sắc,
 * nặng), then lowercase before uppercase, spaces before numbers before letters, and runs of digits by their
 * value ("2" < "10", "01" = "1"). It does not promise that order for
 * punctuation (ignored by the key, weighed by ICU), for runs of spaces, or for letters outside Vietnamese.
 */
const CONSONANTS = 'b c d đ f g h j k l m n p q r s t v w x z'.split(' ');
const VOWELS = 'a ă â e ê i o ô ơ u ư y'.split(' ');
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

const vowel = fc
  .record({ v: fc.constantFrom(...VOWELS), tone: fc.constantFrom(...TONES) })
  .map(({ v, tone }) => `${v}${tone}`.normalize('NFC'));
const letter = fc.oneof(fc.constantFrom(...CONSONANTS), vowel, vowel);
const word = fc
  .array(fc.oneof({ weight: 8, arbitrary: letter }, { weight: 1, arbitrary: fc.constantFrom(...'0123456789') }), {
    minLength: 1,
    maxLength: 6,
  })
  .chain((chars) =>
    fc
      .array(fc.boolean(), { minLength: chars.length, maxLength: chars.length })
      .map((upper) => chars.map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('')),
  );
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
// Names that share most of their letters, so tones and case decide the order as often as letters do.
const sibling = name.chain((n) =>
  fc.tuple(fc.constant(n), fc.constantFrom(...TONES.slice(1)), fc.nat(), fc.boolean()).map(([base, tone, at, upper]) => {
    const chars = [...base];
    const i = at % chars.length;
    const vowelAt = VOWELS.includes(
      chars[i]!.toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300\u0309\u0303\u0301\u0323]/g, '')
        .normalize('NFC'),
    );
    if (vowelAt) chars[i] = `${chars[i]!.normalize('NFD').replace(/[\u0300\u0309\u0303\u0301\u0323]/g, '')}${tone}`.normalize('NFC');
    if (upper) chars[i] = chars[i]!.toUpperCase();
    return [base, chars.join('')] as const;
  }),
);

const collator = new Intl.Collator('vi', { numeric: true });
const sign = (n: number) => Math.sign(n);
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('the Vietnamese sort key against Intl.Collator("vi", { numeric: true })', () => {
  it("orders numbers inside names by value, as the issue's lists need", () => {
    const names = ['Mô hình 10', 'Mô hình 2', 'Mô hình 1000', 'Mô hình 1', 'Mô hình 100', 'Mô hình 1001', 'Mô hình'];
    const byKey = [...names].sort((a, b) => binary(sortKey(a), sortKey(b)));
    expect(byKey).toEqual(['Mô hình', 'Mô hình 1', 'Mô hình 2', 'Mô hình 10', 'Mô hình 100', 'Mô hình 1000', 'Mô hình 1001']);
    const communes = ['8.10', '8.2', '8.19', '8.1', '8.9', '10.1'];
    expect([...communes].sort((a, b) => binary(sortKey(a), sortKey(b)))).toEqual(['8.1', '8.2', '8.9', '8.10', '8.19', '10.1']);
  });

  it('orders long numbers and leading zeros as the collator does', () => {
    const digitRun = fc.stringMatching(/^[0-9]{1,24}$/);
    fc.assert(
      fc.property(digitRun, digitRun, name, (a, b, rest) => {
        const [x, y] = [`${rest} ${a}`, `${rest} ${b}`];
        expect(sign(binary(sortKey(x), sortKey(y))), `${x} | ${y}`).toBe(sign(collator.compare(x, y)));
      }),
      { numRuns: 2000 },
    );
  });

  it('orders any two Vietnamese names as the collator does', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sign(binary(sortKey(a), sortKey(b))), `${a} | ${b}`).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('orders names that differ only in one tone or one letter case as the collator does', () => {
    fc.assert(
      fc.property(sibling, ([a, b]) => {
        expect(sign(binary(sortKey(a), sortKey(b))), `${a} | ${b}`).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('sorts a random list of names into the collator order', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), (names) => {
        const byKey = [...names].sort((a, b) => binary(sortKey(a), sortKey(b)));
        expect(byKey).toEqual([...names].sort(collator.compare));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same key for NFC and NFD text', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(sortKey(n.normalize('NFD'))).toBe(sortKey(n));
      }),
    );
  });
});
