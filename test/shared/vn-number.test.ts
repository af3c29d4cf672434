import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatByteSize } from '../../src-main/shared/byte-size';
import { formatVnNumber, parseVnNumber } from '../../src-main/shared/vn-number';

describe('Vietnamese numbers', () => {
  it('groups thousands with dots and marks decimals with a comma, rounding to the precision asked', () => {
    expect(formatVnNumber(1275)).toBe('1.275');
    expect(formatVnNumber(1_234_567)).toBe('1.234.567');
    expect(formatVnNumber(89.44, 1)).toBe('89,4');
    expect(formatVnNumber(2.5, 0)).toBe('3');
    expect(formatVnNumber(0.1234)).toBe('0,123');
  });

  it('reads dots as thousands only in groups of three, and a decimal comma', () => {
    expect(parseVnNumber('1.275')).toBe(1275);
    expect(parseVnNumber(' 1.234.567 ')).toBe(1234567);
    expect(parseVnNumber('2,5')).toBe(2.5);
    expect(parseVnNumber('2.5')).toBe(2.5);
    expect(parseVnNumber('-12')).toBe(-12);
    for (const bad of ['', 'mười', '12a', '1.2.3', '1,2,3']) expect(parseVnNumber(bad), bad).toBeNull();
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = whole + (Math.sign(whole || 1) * cents) / 100;
        expect(parseVnNumber(formatVnNumber(n, 2))).toBeCloseTo(n, 6);
      }),
    );
  });
});

describe('byte sizes', () => {
  it('steps by 1024 up to GB, one decimal with a comma', () => {
    expect(formatByteSize(512)).toBe('512 B');
    expect(formatByteSize(1536)).toBe('1,5 KB');
    expect(formatByteSize(2_411_724)).toBe('2,3 MB');
    expect(formatByteSize(1.5 * 1024 ** 3)).toBe('1,5 GB');
  });
});
