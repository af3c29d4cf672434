import { describe, expect, it } from 'vitest';
import { outcomesContract } from '../../../src-main/contract/outcomes/outcomes.contract';
import { columnMap } from '../../../src-main/contract/records/column-map';
import { registrationKind } from '../../../src-main/contract/registrations/registration.kind';
import { sessionKind } from '../../../src-main/contract/sessions/session.kind';
import { sessionsContract } from '../../../src-main/contract/sessions/sessions.contract';
import { kindColumns } from '../../../src-renderer/stores/record-columns';
import { fieldReaders } from '../../../src-renderer/stores/record-source';

describe('what a record kind derives', () => {
  it('declares the standard methods the kind has, and no create for outcomes (they are saved)', () => {
    expect(Object.keys(sessionsContract).sort()).toEqual([
      'sessions.create',
      'sessions.delete',
      'sessions.get',
      'sessions.list',
      'sessions.update',
    ]);
    expect(Object.keys(outcomesContract).sort()).toEqual([
      'outcomes.delete',
      'outcomes.get',
      'outcomes.list',
      'outcomes.save',
      'outcomes.update',
    ]);
    expect(sessionsContract['sessions.delete'].role).toBe('clerk');
    expect(sessionsContract['sessions.list'].role).toBe('viewer');
  });

  it('leaves absent fields out of an update, and fills defaults on a create', () => {
    const update = sessionKind.updateInput.parse({ id: '0b6f7c1e-8a55-4c1f-9d4e-2a1b3c4d5e6f', attendees: 5 });
    expect(update).toEqual({ id: '0b6f7c1e-8a55-4c1f-9d4e-2a1b3c4d5e6f', attendees: 5 });
    const ids = {
      unitId: '0b6f7c1e-8a55-4c1f-9d4e-2a1b3c4d5e6f',
      venueKindId: '0b6f7c1e-8a55-4c1f-9d4e-2a1b3c4d5e6f',
      formId: '0b6f7c1e-8a55-4c1f-9d4e-2a1b3c4d5e6f',
    };
    const created = sessionKind.createInput.parse({ ...ids, heldOn: '2026-01-02', topic: 'Chủ đề' });
    expect(created).toMatchObject({ presenter: '', attendees: 0, modelId: null, note: '' });
  });

  it('gives an import the column map: Vietnamese headers and their synonyms, cell types, required cells and choices by title', () => {
    const map = columnMap(registrationKind);
    expect(map[0]).toEqual({ field: 'year', header: 'Năm', cell: 'year', required: true, aliases: ['Năm đăng ký'] });
    expect(map.find((c) => c.field === 'assessment')).toEqual({
      field: 'assessment',
      header: 'Kết quả',
      cell: 'choice',
      required: false,
      choices: { 'Chưa đánh giá': 'pending', Đạt: 'passed', 'Chưa đạt': 'failed' },
      aliases: ['Kết quả đánh giá', 'Đánh giá'],
    });
    expect(columnMap(sessionKind).find((c) => c.field === 'venueKindId')).toMatchObject({ cell: 'catalogue', refers: 'venue_kind' });
    expect(map.find((c) => c.field === 'decisionDate')?.required).toBe(false);
  });

  it('reads grid cells the way each field needs', () => {
    const r = fieldReaders(registrationKind);
    expect(r.year(null)).toBeNaN();
    expect(r.assessment('passed')).toBe('passed');
    expect(r.assessment('Đạt?')).toBe('pending');
    expect(r.points(null)).toBeNull();
    expect(r.decisionNumber(null)).toBeNull();
    expect(r.note(null)).toBe('');
    const s = fieldReaders(sessionKind);
    expect(s.attendees(null)).toBe(0);
    expect(s.modelId('')).toBeNull();
    expect(s.unitId(null)).toBe('');
  });

  it('gives the grid its columns: the shown name, sortable and filterable from the kind', () => {
    const [venue, topic] = kindColumns(sessionKind, { venueKindId: { width: 150 }, topic: { width: 260 } });
    expect(venue).toEqual({
      key: 'venueKindId',
      label: 'Loại địa điểm',
      type: 'catalogue',
      width: 150,
      labelKey: 'venueKindName',
      queryKey: 'venueKindName',
      filterable: false,
    });
    expect(topic).toEqual({ key: 'topic', label: 'Nội dung, chủ đề', type: 'text', width: 260 });
    const [assessment] = kindColumns(registrationKind, { assessment: { width: 120 } });
    expect(assessment?.options?.()).toEqual([
      { value: 'pending', label: 'Chưa đánh giá' },
      { value: 'passed', label: 'Đạt' },
      { value: 'failed', label: 'Chưa đạt' },
    ]);
  });
});
