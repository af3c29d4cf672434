import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, makeTestCore, viewer } from '../../fixtures/core';
import { FORM, person } from '../commendations/fixtures';
import { decisionWithRecipients } from './fixtures';

describe('certificates as printed', () => {
  let core: Core;
  beforeEach(async () => {
    core = await makeTestCore();
  });
  afterEach(() => core.close());

  it('names the PDF by its award form, and says when it is for pre-printed stock', async () => {
    const praise = await decisionWithRecipients(core);
    const merit = await decisionWithRecipients(core, { number: '88', awardFormId: FORM.merit });
    const name = async (decisionId: string, mode: 'full' | 'overlay') =>
      (await callOk(core, 'certificates.render', { decisionId, mode })).fileName;
    expect(await name(praise.id, 'full')).toBe('giay-khen-QD-125-QĐ-CAT-PV01.pdf');
    expect(await name(praise.id, 'overlay')).toBe('giay-khen-in-phoi-QD-125-QĐ-CAT-PV01.pdf');
    expect(await name(merit.id, 'full')).toBe('bang-khen-QD-88-QĐ-CAT-PV01.pdf');
  });

  it('finds a name too long for its box the same way in full and overlay mode', async () => {
    const { id: decisionId } = await decisionWithRecipients(core);
    const long = 'Nguyễn Thị Ánh Tuyết Hoàng Phương Thảo Ngọc Bích Lan Anh Minh Châu Diệu Linh Khánh Ngọc Bảo Trân Thiên Hương';
    const { recipient } = await callOk(core, 'commendations.addRecipient', { ...person({ name: long }), decisionId });
    const full = await callOk(core, 'certificates.preflight', { decisionId, mode: 'full' }, viewer);
    const overlay = await callOk(core, 'certificates.preflight', { decisionId, mode: 'overlay' }, viewer);
    expect(full.problems.map((p) => p.recipientId)).toEqual([recipient.id]);
    expect(full.problems.flatMap((p) => p.problems.map((f) => f.field))).toEqual(['recipient']);
    expect(overlay.problems).toEqual(full.problems);
  });
});
