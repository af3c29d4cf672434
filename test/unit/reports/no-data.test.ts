import { describe, expect, it } from 'vitest';
import { noDataColumns } from '../../../src-renderer/pages/reports/no-data';

describe('noDataColumns (reports page)', () => {
  it('shows every figure when both periods have data', () => {
    expect(noDataColumns({ hasData: true, previousHasData: true })).toEqual([]);
  });

  it('says "chưa có số liệu" for a comparison year without data, and for the change from it', () => {
    expect(noDataColumns({ hasData: true, previousHasData: false })).toEqual([4, 5]);
  });

  it('says so for a period or unit without data, whatever the year before holds', () => {
    expect(noDataColumns({ hasData: false, previousHasData: true })).toEqual([3, 5]);
    expect(noDataColumns({ hasData: false, previousHasData: false })).toEqual([3, 4, 5]);
  });
});
