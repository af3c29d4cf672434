import { describe, expect, it } from 'vitest';
import { romanNumeral } from '../../src-main/shared/roman';

describe('romanNumeral', () => {
  it('writes any count, past ten', () => {
    expect([1, 4, 9, 10, 11, 12, 14, 19, 40, 49, 90, 400, 1999].map(romanNumeral)).toEqual([
      'I',
      'IV',
      'IX',
      'X',
      'XI',
      'XII',
      'XIV',
      'XIX',
      'XL',
      'XLIX',
      'XC',
      'CD',
      'MCMXCIX',
    ]);
  });
});
