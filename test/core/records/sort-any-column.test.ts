import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { VENUE_RESIDENTIAL, aModel, aUnitTree, testClock } from '../../fixtures/records';

// Names whose binary (code point) order differs from Vietnamese order: 'Ấ' and 'Đ' sort after 'Z' in binary.
const VIETNAMESE_ORDER = ['Ấn phẩm, tờ rơi', 'Biểu diễn văn nghệ', 'Đối thoại trực tiếp', 'Zalo an ninh'];

describe('record lists sort by every column in Vietnamese order', () => {
  let core: Core;
  let units: ReturnType<typeof aUnitTree>;

  beforeEach(async () => {
    core = await makeTestCore({ clock: testClock });
    units = aUnitTree(core);
  });
  afterEach(() => core.close());

  it('sorts sessions by form, model and note, both ways', async () => {
    const shuffled = [VIETNAMESE_ORDER[2], VIETNAMESE_ORDER[0], VIETNAMESE_ORDER[3], VIETNAMESE_ORDER[1]] as string[];
    for (const [i, name] of shuffled.entries()) {
      const form = await callOk(core, 'catalogues.create', { catalogue: 'session_form', name }, admin);
      const modelId = await aModel(core, units.area, name);
      await callOk(
        core,
        'sessions.create',
        {
          heldOn: `2026-03-1${i}`,
          unitId: units.area,
          venueKindId: VENUE_RESIDENTIAL,
          formId: form.id,
          topic: 'Chủ đề',
          modelId,
          note: name,
        },
        clerk,
      );
    }
    for (const column of ['formName', 'modelName', 'note'] as const) {
      const key = column === 'note' ? 'note' : column;
      const asc = await callOk(core, 'sessions.list', { sort: [{ column, dir: 'asc' }] }, viewer);
      expect(
        asc.rows.map((r) => r[key]),
        column,
      ).toEqual(VIETNAMESE_ORDER);
      const desc = await callOk(core, 'sessions.list', { sort: [{ column, dir: 'desc' }] }, viewer);
      expect(
        desc.rows.map((r) => r[key]),
        column,
      ).toEqual([...VIETNAMESE_ORDER].reverse());
    }
    const byVenue = await callOk(core, 'sessions.list', { sort: [{ column: 'venueKindName', dir: 'asc' }] }, viewer);
    expect(byVenue.total).toBe(4);
  });

  it('sorts outcomes by note and registrations by recognising body', async () => {
    for (const [i, note] of [VIETNAMESE_ORDER[3], VIETNAMESE_ORDER[0], VIETNAMESE_ORDER[2]].entries()) {
      await callOk(core, 'outcomes.save', { unitId: units.area, period: `2026-0${i + 1}`, tipsReceived: 1, note }, clerk);
    }
    const outcomes = await callOk(core, 'outcomes.list', { sort: [{ column: 'note', dir: 'asc' }] }, viewer);
    expect(outcomes.rows.map((r) => r.note)).toEqual([VIETNAMESE_ORDER[0], VIETNAMESE_ORDER[2], VIETNAMESE_ORDER[3]]);

    const bodies = ['UBND xã Đồng Quang', 'UBND phường Ái Quốc'];
    for (const [i, unitId] of [units.area, units.school].entries()) {
      await callOk(
        core,
        'registrations.create',
        {
          year: 2026,
          unitId,
          registeredOn: '2026-02-10',
          assessment: 'passed',
          decisionNumber: `1${i}/QĐ-UBND`,
          decisionDate: '2026-11-15',
          recognisedBy: bodies[i],
        },
        clerk,
      );
    }
    const regs = await callOk(core, 'registrations.list', { sort: [{ column: 'recognisedBy', dir: 'asc' }] }, viewer);
    expect(regs.rows.map((r) => r.recognisedBy)).toEqual(['UBND phường Ái Quốc', 'UBND xã Đồng Quang']);
  });

  it('still refuses a column that is not a list column', async () => {
    const r = await core.dispatch('sessions.list', { sort: [{ column: 'id; DROP TABLE units', dir: 'asc' }] }, viewer);
    expect(r.ok ? 'ok' : r.error.issues?.[0]?.path).toEqual(['sort', 0, 'column']);
  });
});
