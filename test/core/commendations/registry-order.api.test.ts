import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, makeTestCore } from '../../fixtures/core';
import { createDecision, person, seedReferences, type DecisionOut } from './fixtures';

describe('registry numbers (số sổ) in list order', () => {
  let core: Core;
  let decision: DecisionOut;
  beforeEach(async () => {
    core = await makeTestCore();
    seedReferences(core);
    decision = await createDecision(core);
  });
  afterEach(() => core.close());

  const numbers = async () =>
    (await callOk(core, 'commendations.listRecipients', { decisionId: decision.id })).rows.map((r) => [r.seq, r.registryNumber]);

  it('keeps the numbers in STT order when a later row was numbered first', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) {
      ids.push(
        (await callOk(core, 'commendations.addRecipient', { ...person({ name: `Người ${i}` }), decisionId: decision.id })).recipient.id,
      );
    }
    await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: decision.id, recipientIds: ids.slice(0, 3) });
    const fifth = await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: decision.id, recipientIds: [ids[4]!] });
    expect(fifth).toEqual({ assigned: 1, first: 4, last: 4 });
    const rest = await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: decision.id });
    expect(rest).toEqual({ assigned: 1, first: 5, last: 5 });
    expect(await numbers()).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
  });

  it('leaves a printed number where it is: it is on paper', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 3; i++) {
      ids.push(
        (await callOk(core, 'commendations.addRecipient', { ...person({ name: `Người ${i}` }), decisionId: decision.id })).recipient.id,
      );
    }
    await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: decision.id, recipientIds: [ids[2]!] });
    await callOk(core, 'certificates.markPrinted', { decisionId: decision.id, printedOn: '2026-12-20', recipientIds: [ids[2]!] });
    await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: decision.id });
    expect(await numbers()).toEqual([
      [1, 2],
      [2, 3],
      [3, 1],
    ]);
  });
});
