import { describe, expect, it } from 'vitest';
import { formatCellValue, matchOption, parseViDate, parseViNumber } from '../../../src-renderer/components/grid/cell-text';

describe('dates typed as dd/mm/yyyy', () => {
  it('reads day first and returns ISO', () => {
    expect(parseViDate('05/03/2017')).toEqual({ ok: true, value: '2017-03-05' });
    expect(parseViDate('5/3/2017')).toEqual({ ok: true, value: '2017-03-05' });
    expect(parseViDate('29.02.2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseViDate('05/03/17')).toEqual({ ok: true, value: '2017-03-05' });
    expect(parseViDate('05032017')).toEqual({ ok: true, value: '2017-03-05' });
    expect(parseViDate('05-03-2017')).toEqual({ ok: true, value: '2017-03-05' });
  });

  it('rejects days that do not exist and other shapes, in Vietnamese', () => {
    for (const bad of ['31/04/2017', '29/02/2023', '13/13/2017', '05/03/217', '2017/03/05', 'hôm qua', '01/01/1900']) {
      const r = parseViDate(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/Ngày/);
    }
  });

  it('shows ISO dates as dd/mm/yyyy', () => {
    expect(formatCellValue('date', '2017-03-05')).toBe('05/03/2017');
  });
});

describe('numbers typed the Vietnamese way', () => {
  it('reads dots as thousands and a comma as the decimal mark', () => {
    expect(parseViNumber('1.275')).toEqual({ ok: true, value: 1275 });
    expect(parseViNumber('1.234.567')).toEqual({ ok: true, value: 1234567 });
    expect(parseViNumber('2,5')).toEqual({ ok: true, value: 2.5 });
    expect(parseViNumber(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseViNumber('')).toEqual({ ok: true, value: null });
  });

  it('rejects text that is not a number', () => {
    expect(parseViNumber('mười').ok).toBe(false);
    expect(parseViNumber('12a').ok).toBe(false);
  });

  it('shows thousands with dots', () => {
    expect(formatCellValue('number', 1275)).toBe('1.275');
  });
});

describe('catalogue cells', () => {
  const options = [
    { value: 'c1', label: 'Tiếng kẻng an ninh' },
    { value: 'c2', label: 'Đoàn Thanh niên' },
  ];
  it('find an entry by its name without diacritics or case', () => {
    expect(matchOption(options, 'tieng keng an ninh')).toEqual({ ok: true, value: 'c1', text: 'Tiếng kẻng an ninh' });
    expect(matchOption(options, 'DOAN THANH NIEN')).toEqual({ ok: true, value: 'c2', text: 'Đoàn Thanh niên' });
  });
  it('say when the name is not in the catalogue', () => {
    expect(matchOption(options, 'Camera')).toEqual({ ok: false, message: '"Camera" không có trong danh mục.' });
  });
});

describe('months typed as mm/yyyy', () => {
  it('reads and shows outcome months', async () => {
    const { parseViMonth } = await import('../../../src-renderer/components/grid/cell-text');
    expect(parseViMonth('3/2017')).toEqual({ ok: true, value: '2017-03' });
    expect(parseViMonth('13/2017').ok).toBe(false);
    expect(formatCellValue('month', '2017-03')).toBe('03/2017');
  });

  it('reads "tháng 3/2017" and "T3/2017" through the shared month parser', async () => {
    const { parseViMonth, dateFilterText } = await import('../../../src-renderer/components/grid/cell-text');
    expect(parseViMonth('tháng 3/2017')).toEqual({ ok: true, value: '2017-03' });
    expect(parseViMonth('T3/2017')).toEqual({ ok: true, value: '2017-03' });
    expect(parseViMonth('3/17')).toEqual({ ok: false, message: 'Tháng "3/17" không đúng dạng mm/yyyy.' });
    expect(dateFilterText('tháng 3/2017')).toBe('2017-03');
    expect(dateFilterText('5/3/17')).toBe('2017-03-05');
    expect(dateFilterText('2017')).toBe('2017');
  });
});

describe('catalogue text typed partly', () => {
  it('takes the only entry containing the typed words, and refuses when several do', () => {
    const options = [
      { value: 'a', label: 'Tiếng kẻng an ninh' },
      { value: 'b', label: 'Tổ tự quản' },
      { value: 'c', label: 'Tổ tự quản CCB' },
    ];
    expect(matchOption(options, 'tieng keng')).toEqual({ ok: true, value: 'a', text: 'Tiếng kẻng an ninh' });
    expect(matchOption(options, 'to tu quan')).toEqual({ ok: true, value: 'b', text: 'Tổ tự quản' });
    expect(matchOption(options, 'tự').ok).toBe(false);
  });
});

describe('date column filters', () => {
  it('turn what the clerk types into an ISO prefix', async () => {
    const { dateFilterText } = await import('../../../src-renderer/components/grid/cell-text');
    expect(dateFilterText('2017')).toBe('2017');
    expect(dateFilterText('3/2017')).toBe('2017-03');
    expect(dateFilterText('05/03/2017')).toBe('2017-03-05');
  });
});
