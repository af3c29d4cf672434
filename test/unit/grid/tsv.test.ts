import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../../src-renderer/components/grid/tsv';

describe('pasting a block copied from Excel', () => {
  it('splits rows on CRLF and drops the trailing line break Excel adds', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads LF-only text and a block without a trailing newline', () => {
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty cells, including a trailing empty cell', () => {
    expect(parseTsv('a\t\tc\r\n\tb\t\r\n')).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
  });

  it('reads quoted cells holding tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"Tổ ""An ninh""\tsố 1"\t"dòng 1\r\ndòng 2"\tx\r\n')).toEqual([['Tổ "An ninh"\tsố 1', 'dòng 1\r\ndòng 2', 'x']]);
  });

  it('keeps a quote inside unquoted text as text', () => {
    expect(parseTsv('Tổ "A" mới\t5\r\n')).toEqual([['Tổ "A" mới', '5']]);
  });

  it('keeps a blank line inside the block as an empty row', () => {
    expect(parseTsv('a\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']]);
  });

  it('reads an empty clipboard as no rows', () => {
    expect(parseTsv('')).toEqual([]);
  });

  it('round-trips what it copies', () => {
    const rows = [
      ['Nguyễn "Văn"', 'a\tb'],
      ['x\r\ny', ''],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});
