import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { FORM, UNIT_ID, createDecision, person, seedReferences, type DecisionOut } from './fixtures';

describe('commendation recipients', () => {
  let core: Core;
  let decision: DecisionOut;
  beforeEach(async () => {
    core = await makeTestCore();
    seedReferences(core);
    decision = await createDecision(core);
  });
  afterEach(() => core.close());

  const add = (over: Record<string, unknown> = {}, decisionId = decision.id) =>
    callOk(core, 'commendations.addRecipient', { ...person(over), decisionId });

  it('adds an individual in NFC even when typed decomposed, and a collective with a unit from the tree', async () => {
    const a = await add({ name: 'Nguyễn Thị Ánh Tuyết'.normalize('NFD') });
    expect(a.recipient.name).toBe('Nguyễn Thị Ánh Tuyết');
    const c = await add({ kind: 'collective', name: 'Công an xã An Bình', gender: null, birthYear: null, unitId: UNIT_ID, unitName: '' });
    expect(c.recipient).toMatchObject({ unitName: 'Xã An Bình', seq: 2 });
  });

  it('refuses an individual without gender or birth year, and a collective with a birth year', async () => {
    const r = await core.dispatch(
      'commendations.addRecipient',
      { ...person({ gender: null, birthYear: null }), decisionId: decision.id },
      clerk,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.issues?.map((i) => i.path[0])).toEqual(['gender', 'birthYear']);
    const c = await core.dispatch('commendations.addRecipient', { ...person({ kind: 'collective' }), decisionId: decision.id }, clerk);
    expect(c).toMatchObject({ ok: false, error: { issues: [{ path: ['kind'] }] } });
    const future = await core.dispatch('commendations.addRecipient', { ...person({ birthYear: 2030 }), decisionId: decision.id }, clerk);
    expect(future).toMatchObject({ ok: false, error: { issues: [{ path: ['birthYear'], message: 'Năm sinh phải từ 1900 đến 2026.' }] } });
    const badKind = await core.dispatch('commendations.addRecipient', { ...person(), kind: 'family', decisionId: decision.id }, clerk);
    expect(badKind).toMatchObject({ ok: false, error: { issues: [{ path: ['kind'], message: 'Chọn tập thể hoặc cá nhân.' }] } });
    expect((await callOk(core, 'commendations.listRecipients', { decisionId: decision.id })).total).toBe(0);
  });

  it('refuses a collective for a Kỷ niệm chương decision', async () => {
    const medal = await createDecision(core, { number: '9', awardFormId: FORM.medal });
    const r = await core.dispatch(
      'commendations.addRecipient',
      { ...person({ kind: 'collective', name: 'Tổ bảo vệ ANTT thôn Đông', gender: null, birthYear: null }), decisionId: medal.id },
      clerk,
    );
    expect(r).toMatchObject({ ok: false, error: { issues: [{ message: 'Kỷ niệm chương chỉ tặng cá nhân, không tặng tập thể.' }] } });
  });

  it('updates and deletes a recipient, but not one already printed', async () => {
    const a = await add();
    await callOk(core, 'commendations.updateRecipient', { position: 'Tổ trưởng tổ bảo vệ ANTT', id: a.recipient.id });
    const list = await callOk(core, 'commendations.listRecipients', { decisionId: decision.id }, viewer);
    expect(list.rows[0]).toMatchObject({ position: 'Tổ trưởng tổ bảo vệ ANTT', birthYear: 1978 });
    const bad = await core.dispatch('commendations.updateRecipient', { birthYear: null, id: a.recipient.id }, clerk);
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: ['birthYear'] }] } });
    const b = await add({ name: 'Lê Văn Bình', birthYear: 1960, gender: 'male' });
    core.env.store.write((tx) => tx.run("UPDATE commendation_recipients SET printed_on = '2026-12-20' WHERE id = ?", [b.recipient.id]));
    const refused = await core.dispatch('commendations.deleteRecipient', { id: b.recipient.id }, clerk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await callOk(core, 'commendations.deleteRecipient', { id: a.recipient.id });
    const missing = await core.dispatch('commendations.deleteRecipient', { id: a.recipient.id }, clerk);
    expect(missing.ok ? '' : missing.error.code).toBe('NOT_FOUND');
  });

  it('lists recipients in Vietnamese order and finds them without diacritics', async () => {
    for (const name of ['Đặng Văn Cường', 'Dương Thị Hoa', 'Ân Văn Bảy', 'An Thị Lan']) await add({ name, birthYear: 1970 });
    const sorted = await callOk(core, 'commendations.listRecipients', {
      decisionId: decision.id,
      sort: [{ column: 'name', dir: 'asc' }],
    });
    expect(sorted.rows.map((r) => r.name)).toEqual(['An Thị Lan', 'Ân Văn Bảy', 'Dương Thị Hoa', 'Đặng Văn Cường']);
    const found = await callOk(core, 'commendations.listRecipients', { decisionId: decision.id, search: 'dang cuong' });
    expect(found.rows.map((r) => r.name)).toEqual(['Đặng Văn Cường']);
    await add({ kind: 'collective', name: 'Công an xã An Bình', gender: null, birthYear: null });
    for (const filter of ['Tập thể', 'tap', 'collective']) {
      const teams = await callOk(core, 'commendations.listRecipients', { decisionId: decision.id, filters: { kind: filter } });
      expect(teams.rows.map((r) => r.name)).toEqual(['Công an xã An Bình']);
    }
    const people = await callOk(core, 'commendations.listRecipients', { decisionId: decision.id, filters: { kind: 'cá nhân' } });
    expect(people.total).toBe(4);
  });

  it('assigns registry numbers in list order, on demand, and never hands a number out twice', async () => {
    const ids: string[] = [];
    for (const name of ['A Một', 'B Hai', 'C Ba']) ids.push((await add({ name })).recipient.id);
    expect(await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: decision.id })).toEqual({
      assigned: 3,
      first: 1,
      last: 3,
    });
    expect(await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: decision.id })).toEqual({
      assigned: 0,
      first: null,
      last: null,
    });
    await callOk(core, 'commendations.deleteRecipient', { id: ids[2]! });
    await add({ name: 'D Bốn' });
    expect(await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: decision.id })).toEqual({
      assigned: 1,
      first: 4,
      last: 4,
    });
    // A second decision of the same authority, form and year continues the same book.
    const other = await createDecision(core, { number: '126' });
    await add({ name: 'E Năm' }, other.id);
    expect(await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: other.id })).toEqual({ assigned: 1, first: 5, last: 5 });
    const list = await callOk(core, 'commendations.listRecipients', { decisionId: decision.id });
    expect(list.rows.map((r) => r.registryNumber)).toEqual([1, 2, 4]);
  });

  it('refuses numbering recipients of another decision', async () => {
    const other = await createDecision(core, { number: '126' });
    const stranger = await add({}, other.id);
    const r = await core.dispatch(
      'commendations.assignRegistryNumbers',
      { decisionId: decision.id, recipientIds: [stranger.recipient.id] },
      clerk,
    );
    expect(r.ok ? '' : r.error.code).toBe('NOT_FOUND');
    expect(core.env.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM commendation_registry_counters')?.n).toBe(0);
  });

  it('sorts recipients by position, unit and achievement in Vietnamese order', async () => {
    await add({ name: 'Lê Văn Ba', position: 'Tổ trưởng', unitName: 'Xã Đồng Quang', achievement: 'Đạt thành tích' });
    await add({ name: 'Lê Văn Bốn', position: 'Ấp trưởng', unitName: 'Phường Ái Quốc', achievement: 'Bắt giữ đối tượng' });
    await add({ name: 'Lê Văn Năm', position: 'Bí thư chi bộ', unitName: 'Xã Bình Minh', achievement: 'Ấn tượng nhất' });
    const names = async (column: string) =>
      (await callOk(core, 'commendations.listRecipients', { decisionId: decision.id, sort: [{ column, dir: 'asc' }] }, viewer)).rows.map(
        (r) => r.name,
      );
    expect(await names('position')).toEqual(['Lê Văn Bốn', 'Lê Văn Năm', 'Lê Văn Ba']);
    expect(await names('unitName')).toEqual(['Lê Văn Bốn', 'Lê Văn Năm', 'Lê Văn Ba']);
    expect(await names('achievement')).toEqual(['Lê Văn Năm', 'Lê Văn Bốn', 'Lê Văn Ba']);
  });
});
