import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import {
  FORM_COMMITMENT,
  FORM_TALK,
  VENUE_RESIDENTIAL,
  VENUE_SCHOOL,
  aModel,
  aUnitTree,
  retireEntry,
  testClock,
} from '../../fixtures/records';

describe('sessions', () => {
  let core: Core;
  let units: ReturnType<typeof aUnitTree>;
  const base = () => ({
    heldOn: '2026-03-10',
    unitId: units.area,
    venueKindId: VENUE_RESIDENTIAL,
    formId: FORM_TALK,
    topic: 'Phòng chống ma túy',
  });
  beforeEach(async () => {
    core = await makeTestCore({ clock: testClock });
    units = aUnitTree(core);
  });
  afterEach(() => core.close());

  it('records a session with defaults and returns it with the names the grid shows', async () => {
    const s = await callOk(core, 'sessions.create', { ...base(), presenter: 'Đặng Văn Lâm', attendees: 120 }, clerk);
    expect(s).toMatchObject({
      unitName: 'Thôn Đông Hà',
      venueKindName: 'Khu dân cư',
      formName: 'Nói chuyện chuyên đề',
      attendees: 120,
      householdsCommitted: 0,
      modelId: null,
      note: '',
    });
    expect(await callOk(core, 'sessions.get', { id: s.id }, viewer)).toEqual(s);
  });

  it('edits only the fields a patch names', async () => {
    const s = await callOk(core, 'sessions.create', { ...base(), presenter: 'Lê Thị Hoa', attendees: 50 }, clerk);
    const u = await callOk(core, 'sessions.update', { id: s.id, householdsCommitted: 48, formId: FORM_COMMITMENT }, clerk);
    expect(u).toMatchObject({ presenter: 'Lê Thị Hoa', attendees: 50, householdsCommitted: 48, formName: 'Hội nghị ký cam kết' });
  });

  it('deletes a session and returns it; creating it again gives a new id, never the old one', async () => {
    const s = await callOk(core, 'sessions.create', base(), clerk);
    const gone = await callOk(core, 'sessions.delete', { id: s.id }, clerk);
    expect(gone.id).toBe(s.id);
    const r = await core.dispatch('sessions.get', { id: s.id }, viewer);
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
    const kept = await core.dispatch('sessions.create', { ...base(), id: s.id }, clerk);
    expect(kept.ok ? 'ok' : kept.error.issues?.map((i) => i.path)).toEqual([['id']]);
    const again = await callOk(core, 'sessions.create', base(), clerk);
    expect(again.id).not.toBe(s.id);
    expect(await callOk(core, 'sessions.list', { search: 'ma tuy' }, viewer)).toMatchObject({ total: 1 });
  });

  it('lets a viewer read but not write', async () => {
    const s = await callOk(core, 'sessions.create', base(), clerk);
    for (const [name, input] of [
      ['sessions.create', base()],
      ['sessions.update', { id: s.id, attendees: 1 }],
      ['sessions.delete', { id: s.id }],
    ] as const) {
      const r = await core.dispatch(name, input, viewer);
      expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
    }
    expect((await callOk(core, 'sessions.list', {}, viewer)).total).toBe(1);
  });

  it('refuses a date outside the unit validity, and accepts a 2017 session on a district abolished in 2025', async () => {
    const late = await core.dispatch('sessions.create', { ...base(), unitId: units.district, heldOn: '2026-01-05' }, clerk);
    expect(late).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['unitId'] }] } });
    if (!late.ok) expect(late.error.message).toContain('Huyện Gia Lộc');
    const old = await callOk(core, 'sessions.create', { ...base(), unitId: units.district, heldOn: '2017-05-19' }, clerk);
    const moved = await core.dispatch('sessions.update', { id: old.id, heldOn: '2025-08-01' }, clerk);
    expect(moved).toMatchObject({ ok: false, error: { issues: [{ path: ['heldOn'] }] } });
    const early = await core.dispatch('sessions.create', { ...base(), heldOn: '2025-01-10' }, clerk);
    expect(early).toMatchObject({ ok: false, error: { issues: [{ path: ['unitId'] }] } });
  });

  it('refuses a session dated after today', async () => {
    const r = await core.dispatch('sessions.create', { ...base(), heldOn: '2026-12-01' }, clerk);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['heldOn'] }] } });
  });

  it('refuses a catalogue entry of the wrong catalogue, a retired one for new records, but keeps it on other edits', async () => {
    const wrong = await core.dispatch('sessions.create', { ...base(), venueKindId: FORM_TALK, formId: VENUE_SCHOOL }, clerk);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.issues?.map((i) => i.path[0]).sort()).toEqual(['formId', 'venueKindId']);
    const s = await callOk(core, 'sessions.create', base(), clerk);
    retireEntry(core, FORM_TALK);
    const fresh = await core.dispatch('sessions.create', base(), clerk);
    expect(fresh).toMatchObject({ ok: false, error: { issues: [{ path: ['formId'] }] } });
    expect((await callOk(core, 'sessions.update', { id: s.id, attendees: 30 }, clerk)).attendees).toBe(30);
  });

  it('names the model that organised it, and refuses a model that does not exist', async () => {
    const model = await aModel(core, units.area, 'Tổ tự quản thôn Đông Hà');
    const s = await callOk(core, 'sessions.create', { ...base(), modelId: model }, clerk);
    expect(s).toMatchObject({ modelId: model, modelName: 'Tổ tự quản thôn Đông Hà' });
    expect((await callOk(core, 'sessions.list', { filters: { modelId: model } }, viewer)).total).toBe(1);
    const r = await core.dispatch('sessions.create', { ...base(), modelId: '00000000-0000-4000-8000-000000000000' }, clerk);
    expect(r).toMatchObject({ ok: false, error: { issues: [{ path: ['modelId'] }] } });
  });

  it('gives a Vietnamese issue on the path of every bad field', async () => {
    const bad = {
      heldOn: '2026-02-30',
      unitId: 'x',
      venueKindId: 7,
      formId: null,
      topic: '   ',
      presenter: 'a'.repeat(201),
      attendees: -1,
      householdsCommitted: 2.5,
      materialsDistributed: '12',
      modelId: 'not-a-uuid',
      note: 'n'.repeat(2001),
    };
    const r = await core.dispatch('sessions.create', bad, clerk);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    const paths = new Set(r.error.issues?.map((i) => i.path.join('.')));
    expect([...paths].sort()).toEqual(Object.keys(bad).sort());
    for (const issue of r.error.issues ?? []) expect(issue.message).toMatch(/[ạàáảãăâđêôơưếềệớờợứừựộốồ]/i);
    const none = await core.dispatch('sessions.create', {}, clerk);
    expect(none.ok ? [] : none.error.issues?.map((i) => i.path[0]).sort()).toEqual(['formId', 'heldOn', 'topic', 'unitId', 'venueKindId']);
    const upd = await core.dispatch('sessions.update', { id: 'nope', attendees: -3 }, clerk);
    expect(upd.ok ? [] : upd.error.issues?.map((i) => i.path[0]).sort()).toEqual(['attendees', 'id']);
  });
});
