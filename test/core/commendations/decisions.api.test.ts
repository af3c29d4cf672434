import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { AUTHORITY, FORM, createDecision, decisionInput, person, seedReferences } from './fixtures';

describe('commendation decisions', () => {
  let core: Core;
  beforeEach(async () => {
    core = await makeTestCore();
    seedReferences(core);
  });
  afterEach(() => core.close());

  it('creates a decision and reads it back with catalogue names', async () => {
    const d = await createDecision(core);
    const got = await callOk(core, 'commendations.getDecision', { id: d.id }, viewer);
    expect(got).toMatchObject({
      number: '125',
      symbol: 'QĐ-CAT-PV01',
      awardFormName: 'Giấy khen',
      authorityName: 'Giám đốc Công an tỉnh',
      recipientCount: 0,
    });
  });

  it('refuses a viewer, an authority from the wrong catalogue and a missing number, in Vietnamese', async () => {
    const asViewer = await core.dispatch('commendations.createDecision', decisionInput(), viewer);
    expect(asViewer.ok ? '' : asViewer.error.code).toBe('FORBIDDEN');
    const wrong = await core.dispatch('commendations.createDecision', decisionInput({ authorityId: FORM.merit }), clerk);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['authorityId'] }] } });
    const noNumber = await core.dispatch('commendations.createDecision', decisionInput({ number: '  ' }), clerk);
    expect(noNumber).toMatchObject({ ok: false, error: { issues: [{ path: ['number'], message: 'Nhập số quyết định.' }] } });
    const badDate = await core.dispatch('commendations.createDecision', decisionInput({ signedOn: '2026-02-31' }), clerk);
    expect(badDate).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['signedOn'], message: 'Ngày không hợp lệ: ngày 31/02/2026 không có thật.' }] },
    });
  });

  it('refuses a year that is neither the signing year nor the one before', async () => {
    const r = await core.dispatch('commendations.createDecision', decisionInput({ year: 2020 }), clerk);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['year'] }] } });
    await createDecision(core, { signedOn: '2027-01-10', year: 2026 });
  });

  it('refuses a second decision with the same number, symbol and year', async () => {
    await createDecision(core);
    const r = await core.dispatch('commendations.createDecision', decisionInput(), clerk);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await createDecision(core, { symbol: 'QĐ-UBND' });
  });

  it('lists decisions with diacritic-free search and filters', async () => {
    await createDecision(core);
    await createDecision(core, {
      number: '7',
      awardFormId: FORM.merit,
      authorityId: AUTHORITY.chairman,
      subject: 'Tặng Bằng khen dịp 19/8',
    });
    const found = await callOk(core, 'commendations.listDecisions', { search: 'bang khen 19/8' }, viewer);
    expect(found.rows.map((r) => r.number)).toEqual(['7']);
    const byForm = await callOk(core, 'commendations.listDecisions', { filters: { awardFormId: FORM.praise } }, viewer);
    expect(byForm.total).toBe(1);
  });

  it('updates a decision, but not its form once registry numbers are given', async () => {
    const d = await createDecision(core);
    await callOk(core, 'commendations.updateDecision', { ...decisionInput({ signerName: 'Đại tá Lê Văn Tám' }), id: d.id });
    await callOk(core, 'commendations.addRecipient', { ...person(), decisionId: d.id });
    await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: d.id });
    const r = await core.dispatch('commendations.updateDecision', { ...decisionInput({ awardFormId: FORM.merit }), id: d.id }, clerk);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const got = await callOk(core, 'commendations.getDecision', { id: d.id });
    expect(got).toMatchObject({ signerName: 'Đại tá Lê Văn Tám', awardFormId: FORM.praise });
  });

  it('deletes a decision with its recipients, and answers NOT_FOUND afterwards', async () => {
    const d = await createDecision(core);
    await callOk(core, 'commendations.addRecipient', { ...person(), decisionId: d.id });
    expect(await callOk(core, 'commendations.deleteDecision', { id: d.id })).toEqual({ deletedRecipients: 1 });
    const r = await core.dispatch('commendations.getDecision', { id: d.id }, viewer);
    expect(r.ok ? '' : r.error.code).toBe('NOT_FOUND');
    expect(core.env.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM commendation_recipients')?.n).toBe(0);
  });

  it('refuses deleting a decision whose certificates were printed', async () => {
    const d = await createDecision(core);
    const { recipient } = await callOk(core, 'commendations.addRecipient', { ...person(), decisionId: d.id });
    core.env.store.write((tx) => tx.run("UPDATE commendation_recipients SET printed_on = '2026-12-20' WHERE id = ?", [recipient.id]));
    const r = await core.dispatch('commendations.deleteDecision', { id: d.id }, clerk);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
