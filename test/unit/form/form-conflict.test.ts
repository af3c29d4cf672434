import { describe, expect, it } from 'vitest';
import { formConflictLines } from '../../../src-renderer/components/form/form-conflict';
import { conflictRecord, isVersioned } from '../../../src-renderer/lib/stale-write';
import { decisionConflictLines, decisionFormValues } from '../../../src-renderer/pages/commendations/decision-form-values';
import type { Decision } from '../../../src-renderer/pages/commendations/commendationsStore';

describe('a form save refused as stale (issue 10 item 2)', () => {
  it('shows the fields that differ, and every field when none does', () => {
    const lines = [
      { label: 'Trạng thái', mine: 'Tạm ngừng', theirs: 'Đang hoạt động' },
      { label: 'Từ ngày', mine: '05/03/2017', theirs: '05/03/2017' },
      { label: 'Ghi chú', mine: '', theirs: '' },
    ];
    expect(formConflictLines(lines)).toEqual([{ label: 'Trạng thái', mine: 'Tạm ngừng', theirs: 'Đang hoạt động' }]);
    expect(formConflictLines(lines.slice(1))).toEqual([
      { label: 'Từ ngày', mine: '05/03/2017', theirs: '05/03/2017' },
      { label: 'Ghi chú', mine: '(trống)', theirs: '(trống)' },
    ]);
  });

  it('takes the current record only from a CONFLICT that carries one of the expected shape', () => {
    const current = { id: 'a', version: 3 };
    expect(conflictRecord({ code: 'CONFLICT', current }, isVersioned)).toBe(current);
    expect(conflictRecord({ code: 'VALIDATION', current }, isVersioned)).toBeNull();
    expect(conflictRecord({ code: 'CONFLICT', current: { id: 'a' } }, isVersioned)).toBeNull();
    expect(conflictRecord({ code: 'CONFLICT' }, isVersioned)).toBeNull();
  });

  it('puts a decision’s choices by name beside the clerk’s, and dates as dd/mm/yyyy', () => {
    const theirs = {
      id: 'd1',
      number: '7',
      symbol: '',
      signedOn: '2017-12-20',
      year: 2017,
      authorityId: 'auth-1',
      authorityName: 'Giám đốc Công an tỉnh',
      awardFormId: 'form-1',
      awardFormName: 'Giấy khen',
      occasionId: null,
      occasionName: null,
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Người của tab A',
      issuerLine: '',
      place: '',
      subject: '',
      version: 2,
    } as unknown as Decision;
    const mine = { ...decisionFormValues(theirs, { year: 2017, place: '' }), signerName: 'Người của tab B', authorityId: 'auth-2' };
    const names: Record<string, string> = { 'auth-2': 'Chủ tịch UBND tỉnh' };
    expect(decisionConflictLines(mine, theirs, (_f, id) => names[id])).toEqual([
      { label: 'Cấp khen', mine: 'Chủ tịch UBND tỉnh', theirs: 'Giám đốc Công an tỉnh' },
      { label: 'Họ tên người ký', mine: 'Người của tab B', theirs: 'Người của tab A' },
    ]);
    expect(decisionFormValues(theirs, { year: 2017, place: '' }).signedOn).toBe('20/12/2017');
  });
});
