import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, clerk, makeTestCore } from '../../fixtures/core';
import { AUTHORITY, FORM, createDecision, person, seedReferences } from './fixtures';

const REASON = 'Tặng lại theo Công văn 12/V05 ngày 01/12/2026: quyết định năm 2020 bị thu hồi.';

describe('Kỷ niệm chương once per person', () => {
  let core: Core;
  let medal2026: string;
  beforeEach(async () => {
    core = await makeTestCore();
    seedReferences(core);
    const medal = { awardFormId: FORM.medal, authorityId: AUTHORITY.minister };
    const medal2020 = await createDecision(core, { ...medal, number: '5', signedOn: '2020-08-19', year: 2020 });
    await callOk(core, 'commendations.addRecipient', { ...person(), decisionId: medal2020.id });
    medal2026 = (await createDecision(core, { ...medal, number: '6', signedOn: '2026-08-19' })).id;
  });
  afterEach(() => core.close());

  it('refuses a second one for the same person (name without diacritics + birth year), in Vietnamese', async () => {
    const second = await core.dispatch(
      'commendations.addRecipient',
      { ...person({ name: 'NGUYEN THI ANH TUYET', unitName: 'Phường Khác' }), decisionId: medal2026 },
      admin,
    );
    expect(second).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['name'] }] } });
    expect(second.ok ? '' : second.error.message).toMatch(/đã được tặng Kỷ niệm chương \(Quyết định số 5\/QĐ-CAT-PV01\).*quản trị viên/);
    const pasted = await callOk(core, 'commendations.pasteRecipients', {
      decisionId: medal2026,
      text: 'Nguyễn Thị Ánh Tuyết\tNữ\t1978\tTổ viên\tXã An Bình\tTốt',
    });
    expect(pasted.saved).toBe(0);
    expect(pasted.rejected[0]?.reasons[0]).toMatch(/chỉ tặng một lần/);
    // A namesake born another year is another person.
    const namesake = await callOk(core, 'commendations.addRecipient', { ...person({ birthYear: 1990 }), decisionId: medal2026 });
    expect(namesake.recipient.medalOverrideReason).toBeNull();
  });

  it('saves a second one when an administrator writes the reason, and keeps the reason with the recipient', async () => {
    const { recipient } = await callOk(
      core,
      'commendations.addRecipient',
      { ...person(), medalOverrideReason: ` ${REASON} `, decisionId: medal2026 },
      admin,
    );
    expect(recipient.medalOverrideReason).toBe(REASON);
    const listed = await callOk(core, 'commendations.listRecipients', { decisionId: medal2026 });
    expect(listed.rows.map((r) => r.medalOverrideReason)).toEqual([REASON]);
    // A clerk may still fix other fields of that recipient: the reason stays and the rule still holds.
    const fixed = await callOk(
      core,
      'commendations.updateRecipient',
      { id: recipient.id, expectedVersion: recipient.version, position: 'Tổ trưởng' },
      clerk,
    );
    expect(fixed.recipient).toMatchObject({ position: 'Tổ trưởng', medalOverrideReason: REASON });
  });

  it('refuses the override from a clerk (FORBIDDEN), on add and on update', async () => {
    const add = await core.dispatch(
      'commendations.addRecipient',
      { ...person(), medalOverrideReason: REASON, decisionId: medal2026 },
      clerk,
    );
    expect(add).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', issues: [{ path: ['medalOverrideReason'] }] } });
    const other = await callOk(core, 'commendations.addRecipient', { ...person({ birthYear: 1990 }), decisionId: medal2026 }, clerk);
    const update = await core.dispatch(
      'commendations.updateRecipient',
      { id: other.recipient.id, expectedVersion: other.recipient.version, medalOverrideReason: REASON },
      clerk,
    );
    expect(update.ok ? '' : update.error.code).toBe('FORBIDDEN');
    const listed = await callOk(core, 'commendations.listRecipients', { decisionId: medal2026 });
    expect(listed.rows.map((r) => r.medalOverrideReason)).toEqual([null]);
  });

  it('bounds the reason like every text input', async () => {
    const long = await core.dispatch(
      'commendations.addRecipient',
      { ...person(), medalOverrideReason: 'x'.repeat(1001), decisionId: medal2026 },
      admin,
    );
    expect(long).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['medalOverrideReason'] }] } });
  });
});
