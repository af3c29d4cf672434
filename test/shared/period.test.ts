import { describe, expect, it } from 'vitest';
import { periodInSentence, periodWithDates, previousYearPeriod, resolvePeriod } from '../../src-main/shared/period';
import { PeriodInput } from '../../src-main/shared/period.schema';

describe('report periods', () => {
  it('resolves the named periods to inclusive ISO ranges with their Vietnamese labels', () => {
    expect(resolvePeriod({ kind: 'year', year: 2017 })).toEqual({ from: '2017-01-01', to: '2017-12-31', label: 'Năm 2017' });
    expect(resolvePeriod({ kind: 'half', year: 2017 })).toEqual({ from: '2017-01-01', to: '2017-06-30', label: '6 tháng đầu năm 2017' });
    expect(resolvePeriod({ kind: 'quarter', year: 2024, quarter: 1 })?.to).toBe('2024-03-31');
    expect(resolvePeriod({ kind: 'quarter', year: 2024, quarter: 2 })).toMatchObject({
      from: '2024-04-01',
      to: '2024-06-30',
      label: 'Quý II năm 2024',
    });
    expect(resolvePeriod({ kind: 'range', from: '2017-03-05', to: '2017-04-01' })?.label).toBe('Từ ngày 05/03/2017 đến ngày 01/04/2017');
  });

  it('names a range that is exactly one calendar year as that year, and states a period once with its dates', () => {
    const year = resolvePeriod({ kind: 'range', from: '2017-01-01', to: '2017-12-31' })!;
    expect(year).toEqual({ from: '2017-01-01', to: '2017-12-31', label: 'Năm 2017' });
    expect(resolvePeriod({ kind: 'range', from: '2017-01-01', to: '2018-12-31' })?.label).toBe('Từ ngày 01/01/2017 đến ngày 31/12/2018');
    expect(periodWithDates(year)).toBe('Năm 2017 (từ ngày 01/01/2017 đến ngày 31/12/2017)');
    const range = resolvePeriod({ kind: 'range', from: '2017-03-05', to: '2017-04-01' })!;
    expect(periodWithDates(range)).toBe('Từ ngày 05/03/2017 đến ngày 01/04/2017');
    expect(periodInSentence(range.label)).toBe('từ ngày 05/03/2017 đến ngày 01/04/2017');
  });

  it('refuses a reversed range, and a range with a day that does not exist, even unparsed', () => {
    expect(resolvePeriod({ kind: 'range', from: '2017-04-01', to: '2017-03-05' })).toBeNull();
    expect(resolvePeriod({ kind: 'range', from: '2017-02-30', to: '2017-03-05' })).toBeNull();
    expect(PeriodInput.safeParse({ kind: 'range', from: '2017-02-31', to: '2017-03-05' }).success).toBe(false);
  });

  it('compares with the same period a year earlier, 29/02 becoming 28/02', () => {
    expect(previousYearPeriod({ from: '2024-01-01', to: '2024-02-29', label: '' })).toEqual({
      from: '2023-01-01',
      to: '2023-02-28',
      label: 'Cùng kỳ năm 2023',
    });
  });
});
