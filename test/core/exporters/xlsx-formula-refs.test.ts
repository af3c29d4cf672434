import { describe, expect, it } from 'vitest';
import { colLetter, sumArgs } from '../../../src-main/core/exporters/xlsx-official-table';

describe('xlsx formula references', () => {
  it('names columns past Z the way Excel does', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(colLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('compresses consecutive rows into ranges so a 114-commune total stays one short SUM', () => {
    expect(sumArgs('C', [11, 12, 13, 20])).toBe('C11:C13,C20');
    expect(sumArgs('P', [5])).toBe('P5');
    expect(
      sumArgs(
        'D',
        Array.from({ length: 114 }, (_, i) => 11 + i),
      ),
    ).toBe('D11:D124');
    expect(sumArgs('D', [3, 5, 6, 9])).toBe('D3,D5:D6,D9');
  });
});
