import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, makeTestCore, viewer } from '../../fixtures/core';
import { AUTHORITY, FORM, createDecision, person, seedReferences } from './fixtures';

describe('recipient history and warnings', () => {
  let core: Core;
  beforeEach(async () => {
    core = await makeTestCore();
    seedReferences(core);
  });
  afterEach(() => core.close());

  const add = (decisionId: string, over: Record<string, unknown> = {}) =>
    callOk(core, 'commendations.addRecipient', { ...person(over), decisionId });

  it('finds a person by name without diacritics plus birth year, not a namesake born another year', async () => {
    const y2024 = await createDecision(core, { number: '1', signedOn: '2024-12-01', year: 2024 });
    const y2025 = await createDecision(core, {
      number: '2',
      signedOn: '2025-08-19',
      year: 2025,
      awardFormId: FORM.merit,
      authorityId: AUTHORITY.chairman,
    });
    await add(y2024.id);
    await add(y2025.id, { unitName: 'Phường Khác' });
    await add(y2025.id, { birthYear: 1990 });
    const h = await callOk(
      core,
      'commendations.recipientHistory',
      { kind: 'individual', name: 'nguyen thi anh tuyet', birthYear: 1978 },
      viewer,
    );
    expect(h.entries.map((e) => e.year)).toEqual([2025, 2024]);
    expect(h.entries[1]?.decisionNumber).toBe('1/QĐ-CAT-PV01');
  });

  it('matches a collective by name and unit', async () => {
    const d = await createDecision(core, { number: '1', signedOn: '2024-12-01', year: 2024 });
    const team = { kind: 'collective', name: 'Tổ bảo vệ ANTT thôn Đông', gender: null, birthYear: null, unitName: 'Xã An Bình' };
    await add(d.id, team);
    await add(d.id, { ...team, unitName: 'Xã Tân Dân' });
    const h = await callOk(core, 'commendations.recipientHistory', {
      kind: 'collective',
      name: 'TO BAO VE ANTT THON DONG',
      unitName: 'xa an binh',
    });
    expect(h.entries).toHaveLength(1);
  });

  it('warns when the same person gets the same form in the same year, and still saves', async () => {
    const first = await createDecision(core, { number: '1' });
    const second = await createDecision(core, { number: '2', signedOn: '2026-12-20' });
    expect((await add(first.id)).warnings).toEqual([]);
    const again = await add(second.id, { name: 'NGUYEN THI ANH TUYET' });
    expect(again.warnings).toEqual([
      expect.objectContaining({ code: 'SAME_FORM_SAME_YEAR', message: 'Đã được tặng Giấy khen năm 2026 (Quyết định số 1/QĐ-CAT-PV01).' }),
    ]);
    const next = await createDecision(core, { number: '3', signedOn: '2027-12-20', year: 2027 });
    expect((await add(next.id)).warnings).toEqual([]);
  });

  it('warns when a Kỷ niệm chương is proposed for someone who already has one, whatever the year', async () => {
    const medal2020 = await createDecision(core, {
      number: '5',
      signedOn: '2020-08-19',
      year: 2020,
      awardFormId: FORM.medal,
      authorityId: AUTHORITY.minister,
    });
    await add(medal2020.id);
    const medal2026 = await createDecision(core, {
      number: '6',
      signedOn: '2026-08-19',
      awardFormId: FORM.medal,
      authorityId: AUTHORITY.minister,
    });
    const h = await callOk(core, 'commendations.recipientHistory', {
      kind: 'individual',
      name: 'Nguyễn Thị Ánh Tuyết',
      birthYear: 1978,
      decisionId: medal2026.id,
    });
    expect(h.warnings.map((w) => w.code)).toEqual(['COMMEMORATIVE_MEDAL_ONCE']);
    // Saving it is refused since issue 11 item 7 (medal-once.api.test.ts); an admin's override still warns.
    const added = await add(medal2026.id, { medalOverrideReason: 'Quyết định năm 2020 đã bị thu hồi.' });
    expect(added.warnings.map((w) => w.code)).toEqual(['COMMEMORATIVE_MEDAL_ONCE']);
  });

  it('refuses a history query without a name', async () => {
    const r = await core.dispatch('commendations.recipientHistory', { kind: 'individual', name: ' ' }, viewer);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['name'] }] } });
  });
});
