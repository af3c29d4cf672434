// The renderer's formatting helpers are plain functions; they are tested here with the other platform code.
import { describe, expect, it } from 'vitest';
import { displayDateToIso, formatBytes, formatNumber, isoToDisplayDate, parseNumber } from '../../../src-renderer/lib/format';

describe('dates on screen (dd/mm/yyyy) and in the API (ISO)', () => {
  it('shows an ISO date as dd/mm/yyyy', () => {
    expect(isoToDisplayDate('2026-03-05')).toBe('05/03/2026');
    expect(isoToDisplayDate('2026-03-05T10:00:00Z')).toBe('05/03/2026');
    expect(isoToDisplayDate(null)).toBe('');
    expect(isoToDisplayDate('05/03/2026')).toBe('');
  });

  it('reads what a clerk types, with or without leading zeros and with / . or -', () => {
    expect(displayDateToIso('5/3/2026')).toBe('2026-03-05');
    expect(displayDateToIso(' 05.03.2026 ')).toBe('2026-03-05');
    expect(displayDateToIso('29-02-2024')).toBe('2024-02-29');
  });

  it('reads the other forms of the shared parser too: d/m/yy, ddmmyyyy and ISO', () => {
    expect(displayDateToIso('5/3/26')).toBe('2026-03-05');
    expect(displayDateToIso('05032026')).toBe('2026-03-05');
    // One parser for the grid, the forms, the import and the CLI: a year-first ISO date cannot be misread.
    expect(displayDateToIso('2026-03-05')).toBe('2026-03-05');
  });

  it('refuses days that do not exist instead of rolling them over', () => {
    expect(displayDateToIso('31/02/2026')).toBeNull();
    expect(displayDateToIso('29/02/2025')).toBeNull();
    expect(displayDateToIso('12/13/2026')).toBeNull();
    expect(displayDateToIso('2026-02-30')).toBeNull();
    expect(displayDateToIso('1/1/1900')).toBeNull();
  });
});

describe('numbers in Vietnamese style', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(1275)).toBe('1.275');
    expect(formatNumber(1_000_000)).toBe('1.000.000');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(null)).toBe('');
  });

  it('reads numbers typed either way back', () => {
    expect(parseNumber('1.275')).toBe(1275);
    expect(parseNumber('1275')).toBe(1275);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('mười')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('writes file sizes for people', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2_411_724)).toBe('2,3 MB');
  });
});
