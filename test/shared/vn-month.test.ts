import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVnMonth, monthRefusalMessage, parseVnMonth } from '../../src-main/shared/vn-month';

const month = (text: string) => {
  const r = parseVnMonth(text);
  return r.ok ? r.month : r.reason;
};

describe('months as clerks write them', () => {
  it('reads m/yyyy, mm/yyyy, "tháng 4/2017", "T4/2017" and ISO', () => {
    for (const text of [
      '4/2017',
      '04/2017',
      '4.2017',
      '04-2017',
      'tháng 4/2017',
      'Tháng 04/2017',
      'THÁNG 4/2017',
      'thang 4/2017',
      'tháng 4 năm 2017',
      'T4/2017',
      't04/2017',
      'T4-2017',
      '2017-04',
      ' 4/2017 ',
    ]) {
      expect(month(text), text).toBe('2017-04');
    }
    expect(month('tháng 4/2017'.normalize('NFD'))).toBe('2017-04');
  });

  it('refuses month 0 and 13 and years outside 1945–2100', () => {
    for (const text of ['0/2017', '13/2017', 'T13/2017', '12/1944', '1/2101', '2017-13']) expect(month(text), text).toBe('out-of-range');
    expect(month('12/2100')).toBe('2100-12');
    expect(month('1/1945')).toBe('1945-01');
  });

  it('refuses other shapes', () => {
    for (const text of ['', 'tháng tư', '4/17', '2017/4', 'X4/2017', '05/03/2017', 'tháng4năm2017x'])
      expect(month(text), text).toBe('shape');
    expect(monthRefusalMessage('4/17', 'shape')).toBe('Tháng "4/17" không đúng dạng mm/yyyy.');
  });

  it('writes YYYY-MM as mm/yyyy, and reads that back for every month of 1945–2100', () => {
    expect(formatVnMonth('2017-04')).toBe('04/2017');
    fc.assert(
      fc.property(fc.integer({ min: 1945, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const iso = `${y}-${String(m).padStart(2, '0')}`;
        for (const text of [formatVnMonth(iso), `${m}/${y}`, `tháng ${m}/${y}`, `T${m}/${y}`])
          expect(parseVnMonth(text)).toEqual({ ok: true, month: iso });
      }),
    );
  });

  it('never throws on any text, and what it accepts is a real month in range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(tháng |T)?\d{0,3}[/.-]\d{0,5}$/)), (text) => {
        const r = parseVnMonth(text);
        if (r.ok) {
          const [y, m] = r.month.split('-').map(Number) as [number, number];
          expect(m >= 1 && m <= 12 && y >= 1945 && y <= 2100).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
