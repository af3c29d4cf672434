import { describe, expect, it } from 'vitest';
import { isoDateSchema } from '../../src-main/shared/iso-date.schema';
import { isRealIsoDate, nextDay } from '../../src-main/shared/iso-date';
import { isoMonthSchema } from '../../src-main/shared/iso-month.schema';

const foundedOn = isoDateSchema('Ngày thành lập');
const message = (value: unknown) => {
  const r = foundedOn.safeParse(value);
  return r.success ? null : r.error.issues.map((i) => i.message);
};

describe('the one strict ISO date schema', () => {
  it('takes real calendar days from 01/01/1945 to 31/12/2100', () => {
    for (const ok of ['1945-01-01', '2017-03-05', '2024-02-29', '2000-02-29', '2100-12-31']) expect(foundedOn.parse(ok)).toBe(ok);
  });

  it('refuses impossible days with one message that names the field', () => {
    expect(message('2017-02-31')).toEqual(['Ngày thành lập không hợp lệ: ngày 31/02/2017 không có thật.']);
    expect(message('2023-02-29')).toEqual(['Ngày thành lập không hợp lệ: ngày 29/02/2023 không có thật.']);
    expect(message('2100-02-29')).toEqual(['Ngày thành lập không hợp lệ: ngày 29/02/2100 không có thật.']);
    expect(message('2017-00-10')).toHaveLength(1);
    expect(message('2017-13-01')).toHaveLength(1);
  });

  it('refuses days outside 1945–2100, other shapes and non-strings', () => {
    expect(message('1944-12-31')).toEqual(['Ngày thành lập nằm ngoài khoảng cho phép (01/01/1945 – 31/12/2100).']);
    expect(message('2101-01-01')).toEqual(['Ngày thành lập nằm ngoài khoảng cho phép (01/01/1945 – 31/12/2100).']);
    expect(message('05/03/2017')).toEqual(['Ngày thành lập không hợp lệ (cần dạng YYYY-MM-DD).']);
    expect(message('2017-3-5')).toEqual(['Ngày thành lập không hợp lệ (cần dạng YYYY-MM-DD).']);
    expect(message(20170305)).toEqual(['Ngày thành lập: nhập ngày.']);
  });
});

describe('ISO calendar arithmetic', () => {
  it('knows real days and the day after', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2025-02-29')).toBe(false);
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2025-02-28')).toBe('2025-03-01');
    expect(nextDay('2025-04-30')).toBe('2025-05-01');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
  });

  it('agrees with the platform calendar on the day after, for every day of 1945–2100', () => {
    for (let t = Date.UTC(1945, 0, 1); t <= Date.UTC(2100, 11, 30); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const next = new Date(t + 86_400_000).toISOString().slice(0, 10);
      if (nextDay(iso) !== next || !isRealIsoDate(iso)) expect.fail(`${iso}: ${nextDay(iso)} ≠ ${next}`);
    }
  });
});

describe('the one ISO month schema', () => {
  const period = isoMonthSchema('Tháng');
  it('takes months from 1945-01 to 2100-12 and names the field when refusing', () => {
    expect(period.parse('1945-01')).toBe('1945-01');
    expect(period.parse('2100-12')).toBe('2100-12');
    expect(period.safeParse('2017-13').error?.issues.map((i) => i.message)).toEqual(['Tháng phải có dạng năm-tháng, ví dụ 2026-03.']);
    expect(period.safeParse('03/2017').error?.issues).toHaveLength(1);
    expect(period.safeParse('1944-12').error?.issues.map((i) => i.message)).toEqual([
      'Tháng nằm ngoài khoảng cho phép (01/1945 – 12/2100).',
    ]);
    expect(period.safeParse('2101-01').success).toBe(false);
  });
});
