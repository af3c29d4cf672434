import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, clerk, makeTestCore, RESOURCES_DIR, viewer } from '../../fixtures/core';
import { seedSmallOffice, type SmallOffice } from '../../fixtures/small-office';

/** Issue 9 items 10 and 12, in the core: dates, kept ids, unknown recipients, paths by role. */
describe('input loose ends', () => {
  let core: Core;
  let office: SmallOffice;
  beforeAll(async () => {
    core = await makeTestCore();
    office = await seedSmallOffice(core);
  });
  afterAll(() => core.close());

  const session = () => ({ heldOn: '2017-04-02', unitId: office.units, venueKindId: '', formId: '', topic: 'Chủ đề' });

  it('refuses impossible signing dates on both report exports (item 10)', async () => {
    for (const method of ['reports.exportXlsx', 'reports.exportPdf'] as const) {
      for (const signedOn of ['2017-02-30', '0000-00-00', '2017-13-01', '9999-99-99', '2017-02-300']) {
        const r = await core.call(method, { period: { kind: 'year', year: 2017 }, signedOn }, viewer);
        expect(r.ok ? '' : r.error.issues?.[0]?.path, `${method} ${signedOn}`).toEqual(['signedOn']);
      }
    }
  });

  it("never creates a record under another record's id, the nil UUID or a unit's (item 12)", async () => {
    const stored = await callOk(core, 'sessions.get', { id: office.sessions }, viewer);
    const input = { ...session(), venueKindId: stored.venueKindId, formId: stored.formId };
    // Creation never takes the caller's id (the contract types say so too, hence dispatch, not call).
    for (const id of [office.units, office.models, office.commendations, office.registrations]) {
      const r = await core.dispatch('sessions.create', { ...input, id }, clerk);
      expect(r.ok ? '' : r.error.code, id).toBe('VALIDATION');
    }
    const nil = await core.dispatch('sessions.create', { ...input, id: '00000000-0000-0000-0000-000000000000' }, clerk);
    expect(nil.ok ? '' : nil.error.code).toBe('VALIDATION');
    const asRegistration = await core.dispatch(
      'registrations.create',
      { year: 2018, unitId: office.units, registeredOn: '2018-01-15', id: office.sessions },
      clerk,
    );
    expect(asRegistration.ok ? '' : asRegistration.error.issues?.map((i) => i.path)).toEqual([['id']]);
  });

  it('answers NOT_FOUND when asked to mark recipients the decision does not have (item 12)', async () => {
    const unknown = '5b0c1b3e-7f3c-4a52-9d0e-2a1b3c4d5e6f';
    const r = await core.call(
      'certificates.markPrinted',
      { decisionId: office.commendations, recipientIds: [unknown], printedOn: '2018-01-02' },
      clerk,
    );
    expect(r.ok ? '' : r.error.code).toBe('NOT_FOUND');
    const mixed = await core.call(
      'certificates.markPrinted',
      { decisionId: office.commendations, recipientIds: [office.recipient, unknown], printedOn: '2018-01-02' },
      clerk,
    );
    expect(mixed.ok ? '' : mixed.error.code).toBe('NOT_FOUND');
    const list = await callOk(core, 'commendations.listRecipients', { decisionId: office.commendations }, viewer);
    expect(list.rows.map((row) => row.printedOn)).toEqual([null]);
    const ok = await callOk(
      core,
      'certificates.markPrinted',
      { decisionId: office.commendations, recipientIds: [office.recipient], printedOn: '2018-01-02' },
      clerk,
    );
    expect(ok.marked).toBe(1);
  });

  it('shows absolute paths in system.status to administrators only (item 12)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-status-'));
    const fileCore = await openCore({ dbPath: join(dir, 'office.sqlite'), resourcesDir: RESOURCES_DIR, log: () => undefined });
    try {
      await callOk(fileCore, 'system.backups.create', {}, admin);
      const asAdmin = await callOk(fileCore, 'system.status', {}, admin);
      expect(asAdmin.path && isAbsolute(asAdmin.path)).toBe(true);
      for (const caller of [viewer, clerk]) {
        const status = await callOk(fileCore, 'system.status', {}, caller);
        expect(status).toMatchObject({ path: null, fileName: 'office.sqlite', backupsAvailable: true });
        expect(status.lastBackup?.file).toBeTruthy();
        expect(JSON.stringify(status)).not.toContain(dir);
      }
    } finally {
      fileCore.close();
    }
  });
});
