import { describe, expect, it } from 'vitest';
import { parseImportRows } from '../../../src-main/core/units/unit-import.rows';

const HEADER = { line: 1, cells: ['Mã', 'Tên', 'Cấp', 'Mã cấp trên', 'Hiệu lực từ', 'Hiệu lực đến'] };
const row = (line: number, from: string, until = '') => ({ line, cells: [`X${line}`, `Xã ${line}`, 'Xã', '', from, until] });

describe('dates in a unit list file, read by the one Vietnamese date parser', () => {
  it('takes d/m/yy, ddmmyyyy, dd.mm.yyyy, dd-mm-yyyy and ISO', () => {
    const parsed = parseImportRows([
      HEADER,
      row(2, '1/7/08', '30062025'),
      row(3, '01.07.2008', '30-06-2025'),
      row(4, '2008-07-01', '30/6/2025'),
    ]);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => [r.validFrom, r.validUntil])).toEqual([
      ['2008-07-01', '2025-06-30'],
      ['2008-07-01', '2025-06-30'],
      ['2008-07-01', '2025-06-30'],
    ]);
  });

  it('refuses 31/02, 29/02 of a common year and years outside 1945–2100, naming the row and the column', () => {
    const parsed = parseImportRows([HEADER, row(2, '31/02/2008'), row(3, '29/02/2023'), row(4, '01/01/1900')]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.issues.map((i) => i.path)).toEqual([
      ['rows', 2, 'validFrom'],
      ['rows', 3, 'validFrom'],
      ['rows', 4, 'validFrom'],
    ]);
    expect(parsed.issues[0]?.message).toContain('"31/02/2008" không phải ngày hợp lệ');
  });
});
