import { describe, expect, it } from 'vitest';
import { fieldOf, historyLines, type HistoryEntry } from '../../../src-renderer/components/history/history-lines';
import type { GridColumn } from '../../../src-renderer/components/grid/types';

const columns: GridColumn[] = [
  { key: 'heldOn', label: 'Ngày tổ chức', type: 'date', width: 100 },
  { key: 'attendees', label: 'Số người dự', type: 'number', width: 80 },
  { key: 'formId', label: 'Hình thức', type: 'catalogue', width: 120, options: () => [{ value: 'f1', label: 'Nói chuyện chuyên đề' }] },
  { key: 'unitId', label: 'Đơn vị', type: 'unit', width: 120, labelKey: 'unitName' },
];

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  id: 1,
  at: '2026-11-20T01:02:03.000Z',
  userId: null,
  username: 'nva',
  role: 'clerk',
  method: 'sessions.update',
  kind: 'propaganda_sessions',
  recordId: 'r1',
  action: 'update',
  changes: null,
  note: null,
  ...over,
});

describe('history lines', () => {
  it('names stored columns by the grid field they hold', () => {
    expect(fieldOf('held_on')).toBe('heldOn');
    expect(fieldOf('tips_received')).toBe('tipsReceived');
  });

  it('labels each changed field as the grid does and shows values the grid way', () => {
    const [line] = historyLines(
      [entry({ changes: { held_on: ['2017-03-01', '2017-03-02'], attendees: [null, 1275], form_id: ['x', 'f1'], unit_id: [null, 'u1'] } })],
      columns,
      { id: 'r1', unitId: 'u1', unitName: 'Xã Đông Phong' },
    );
    expect(line?.who).toBe('nva');
    expect(line?.what).toBe('Sửa');
    expect(line?.changes).toEqual([
      { label: 'Ngày tổ chức', before: '01/03/2017', after: '02/03/2017' },
      { label: 'Số người dự', before: '(trống)', after: '1.275' },
      { label: 'Hình thức', before: 'x', after: 'Nói chuyện chuyên đề' },
      { label: 'Đơn vị', before: '(trống)', after: 'Xã Đông Phong' },
    ]);
  });

  it('keeps the stored name of a field no column shows, and an event says what happened', () => {
    const [changed, event] = historyLines(
      [entry({ changes: { secret_column: ['a', 'b'] } }), entry({ id: 2, action: 'event', note: 'Xuất tệp: a.xlsx', changes: null })],
      columns,
    );
    expect(changed?.changes[0]).toEqual({ label: 'secret_column', before: 'a', after: 'b' });
    expect(event?.what).toBe('Xuất tệp: a.xlsx');
    expect(event?.changes).toEqual([]);
  });

  it('says which package or file created a record logged in bulk (its note, no field list)', () => {
    const note = 'Nhận gói số 3 của "Công an huyện An" (mã CAH-AN)';
    const [line] = historyLines([entry({ action: 'create', method: 'exchange.importPackage', note })], columns);
    expect(line?.what).toBe(`Thêm mới — ${note}`);
    expect(line?.changes).toEqual([]);
  });
});
