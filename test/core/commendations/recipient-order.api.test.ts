import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { createDecision, person, seedReferences } from './fixtures';

async function names(core: Core, decisionId: string) {
  const rows = (await callOk(core, 'commendations.listRecipients', { decisionId, limit: 50 })).rows;
  return rows.map((r) => `${r.name}:${r.registryNumber ?? '-'}`);
}

describe('commendations.moveRecipient (reordering the list)', () => {
  let core: Core;
  let decisionId: string;
  let ids: string[];
  beforeEach(async () => {
    core = await makeTestCore();
    seedReferences(core);
    decisionId = (await createDecision(core)).id;
    ids = [];
    for (const name of ['An', 'Bình', 'Cường', 'Dũng']) {
      ids.push((await callOk(core, 'commendations.addRecipient', { ...person({ name: `Nguyễn Văn ${name}` }), decisionId })).recipient.id);
    }
    await callOk(core, 'commendations.assignRegistryNumbers', { decisionId });
  });
  afterEach(() => core.close());

  it('moves a row up and down; STT and the unprinted số sổ follow the new order, with new versions', async () => {
    expect(await names(core, decisionId)).toEqual(['Nguyễn Văn An:1', 'Nguyễn Văn Bình:2', 'Nguyễn Văn Cường:3', 'Nguyễn Văn Dũng:4']);
    const before = (await callOk(core, 'commendations.listRecipients', { decisionId, limit: 50 })).rows;
    const moved = await callOk(core, 'commendations.moveRecipient', { id: ids[3]!, direction: 'up', expectedVersion: before[3]!.version });
    expect(moved.moved).toBe(true);
    expect(moved.recipients.map((r) => r.version)).toEqual([before[3]!.version + 1, before[2]!.version + 1]);
    expect(await names(core, decisionId)).toEqual(['Nguyễn Văn An:1', 'Nguyễn Văn Bình:2', 'Nguyễn Văn Dũng:3', 'Nguyễn Văn Cường:4']);
    await callOk(core, 'commendations.moveRecipient', { id: ids[0]!, direction: 'down' });
    expect(await names(core, decisionId)).toEqual(['Nguyễn Văn Bình:1', 'Nguyễn Văn An:2', 'Nguyễn Văn Dũng:3', 'Nguyễn Văn Cường:4']);
    const pdf = await callOk(core, 'certificates.render', { decisionId });
    expect(pdf.pages).toBe(4);
  });

  it('keeps a printed row its number, stops at the ends, and refuses a stale version or a viewer', async () => {
    await callOk(core, 'certificates.markPrinted', { decisionId, recipientIds: [ids[0]!], printedOn: '2026-12-20' });
    await callOk(core, 'commendations.moveRecipient', { id: ids[1]!, direction: 'up' });
    expect(await names(core, decisionId)).toEqual(['Nguyễn Văn Bình:2', 'Nguyễn Văn An:1', 'Nguyễn Văn Cường:3', 'Nguyễn Văn Dũng:4']);
    const top = await callOk(core, 'commendations.moveRecipient', { id: ids[1]!, direction: 'up' });
    expect(top.moved).toBe(false);
    const stale = await core.call('commendations.moveRecipient', { id: ids[2]!, direction: 'down', expectedVersion: 1 }, clerk);
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');
    const asViewer = await core.call('commendations.moveRecipient', { id: ids[2]!, direction: 'down' }, viewer);
    expect(asViewer.ok ? null : asViewer.error.code).toBe('FORBIDDEN');
    const bad = await core.call('commendations.moveRecipient', { id: ids[2]!, direction: 'left' } as never, clerk);
    expect(bad.ok ? null : bad.error.message).toContain('lên hoặc xuống');
  });
});
