import { describe, expect, it } from 'vitest';
import { dateRefusalMessage, formatVnDate, fullYear, parseVnDate, TWO_DIGIT_YEAR_PIVOT } from '../../src-main/shared/vn-date';

const iso = (text: string) => {
  const r = parseVnDate(text);
  return r.ok ? r.iso : r.reason;
};

describe('the one Vietnamese date parser', () => {
  it('reads every accepted way of writing 5 March 2017', () => {
    for (const text of [
      '05/03/2017',
      '5/3/2017',
      '05/3/2017',
      '5/03/2017',
      '5/3/17',
      '05/03/17',
      '05032017',
      '05.03.2017',
      '5.3.2017',
      '05-03-2017',
      '5-3-2017',
      '2017-03-05',
      ' 05/03/2017 ',
    ]) {
      expect(iso(text), text).toBe('2017-03-05');
    }
  });

  it('reads two-digit years through the stated pivot: 45–99 are 19xx, 00–44 are 20xx', () => {
    expect(TWO_DIGIT_YEAR_PIVOT).toBe(45);
    expect(iso('1/1/45')).toBe('1945-01-01');
    expect(iso('31/12/99')).toBe('1999-12-31');
    expect(iso('1/1/00')).toBe('2000-01-01');
    expect(iso('31/12/44')).toBe('2044-12-31');
    expect(fullYear('2017')).toBe(2017);
  });

  it('refuses days the calendar does not have', () => {
    for (const text of [
      '31/02/2017',
      '30/02/2024',
      '29/02/2023',
      '29/02/1900',
      '31/04/2017',
      '00/01/2017',
      '01/00/2017',
      '01/13/2017',
      '32/01/2017',
      '31022017',
      '29.02.23',
    ]) {
      expect(iso(text), text).toBe('no-such-day');
    }
  });

  it('accepts 29/02 in leap years, including 2000', () => {
    expect(iso('29/02/2024')).toBe('2024-02-29');
    expect(iso('29/02/2000')).toBe('2000-02-29');
    expect(iso('29/2/48')).toBe('1948-02-29');
  });

  it('refuses years outside 1945–2100', () => {
    for (const text of ['31/12/1944', '01/01/2101', '01/01/1900', '01/01/0000', '1944-12-31']) expect(iso(text), text).toBe('out-of-range');
    expect(iso('01/01/1945')).toBe('1945-01-01');
    expect(iso('31/12/2100')).toBe('2100-12-31');
  });

  it('refuses other shapes', () => {
    for (const text of [
      '',
      '   ',
      'hôm qua',
      '2017/03/05',
      '05/03',
      '5/3/217',
      '5/3/1',
      '050317',
      '5032017',
      '05/03/2017/1',
      '05 03 2017',
      '0５/03/2017',
      '1e1/3/2017',
    ]) {
      expect(iso(text), text).toBe('shape');
    }
  });

  it('explains each refusal in Vietnamese, quoting the text', () => {
    expect(dateRefusalMessage(' 31/02/2017 ', 'no-such-day')).toBe('Ngày "31/02/2017" không có thật.');
    expect(dateRefusalMessage('1/1/1900', 'out-of-range')).toBe('Ngày "1/1/1900" nằm ngoài khoảng 01/01/1945 – 31/12/2100.');
    expect(dateRefusalMessage('hôm qua', 'shape')).toBe('Ngày "hôm qua" không đúng dạng dd/mm/yyyy.');
  });

  it('writes ISO dates as dd/mm/yyyy and leaves other text alone', () => {
    expect(formatVnDate('2017-03-05')).toBe('05/03/2017');
    expect(formatVnDate('05/03/2017')).toBe('05/03/2017');
    expect(formatVnDate('')).toBe('');
  });
});
