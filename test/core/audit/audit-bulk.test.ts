import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionKind } from '../../../src-main/contract/sessions/session.kind';
import { openCore, type Core } from '../../../src-main/core/app/open-core';
import type { AuditWho } from '../../../src-main/core/audit/audit-log.repo';
import { deleteRecord, deleteRecords, insertRecord, insertRecords } from '../../../src-main/core/records';
import { RESOURCES_DIR, callOk } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';

function newPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'antq-audit-bulk-')), 'office.sqlite');
}

const fileCore = (dbPath: string) =>
  openCore({ dbPath, resourcesDir: RESOURCES_DIR, clock: () => new Date('2026-11-28T02:00:00.000Z'), log: () => undefined });

const WHO: AuditWho = { at: '2026-11-28T03:00:00.000Z', userId: null, username: 'cli', role: 'admin', method: 'test.bulk' };
const NOW = WHO.at;

const session = (unitId: string, topic: string) => ({
  heldOn: '2026-11-01',
  unitId,
  venueKindId: entryId('KHU_DAN_CU'),
  formId: entryId('TUYEN_TRUYEN'),
  topic,
  presenter: 'Đặng Văn Lâm',
  attendees: 30,
  householdsCommitted: 0,
  materialsDistributed: 0,
  modelId: null,
  note: '',
});

const trailRows = (core: Core) =>
  core.env.store.all<{ kind: string | null; record_id: string; action: string; changes: string | null; note: string | null }>(
    `SELECT kind, record_id, action, changes, note FROM audit_log WHERE method = 'test.bulk' ORDER BY id`,
  );

const bulkRows = (core: Core) =>
  core.env.store.all<{ record_id: string; note: string | null }>(
    'SELECT b.record_id, a.note FROM audit_bulk_creates b JOIN audit_log a ON a.id = b.entry_id ORDER BY b.record_id',
  );

async function withUnit(core: Core): Promise<string> {
  return (await callOk(core, 'units.create', { name: 'Tỉnh Bắc Ninh', kind: 'province' })).id;
}

describe('bulk creates in the audit trail', () => {
  it("logs the section's creates of its table compactly and every other write with its diff, in order", async () => {
    const core = await fileCore(newPath());
    const unitId = await withUnit(core);
    const trail = core.env.audit!;
    const store = trail.storeFor(() => WHO);
    store.write((tx) => {
      tx.run(`UPDATE units SET note = 'trước' WHERE id = ?`, [unitId]);
      trail.bulkCreates(tx, 'propaganda_sessions', 'Nhập thử', () => {
        insertRecords(
          tx,
          sessionKind,
          [
            { id: 's1', fields: session(unitId, 'Một') },
            { id: 's2', fields: session(unitId, 'Hai') },
          ],
          NOW,
        );
        // Made another way in the same table: still logged (every row after the table's last one is).
        insertRecord(tx, sessionKind, 's3', session(unitId, 'Ba'), NOW);
        tx.run(`UPDATE units SET note = 'trong' WHERE id = ?`, [unitId]);
        tx.run(`UPDATE propaganda_sessions SET attendees = 99 WHERE id = 's1'`);
      });
    });
    const rows = trailRows(core);
    expect(rows.map((r) => [r.kind, r.action, r.record_id])).toEqual([
      ['units', 'update', unitId],
      ['propaganda_sessions', 'create', null],
      ['units', 'update', unitId],
      ['propaganda_sessions', 'update', 's1'],
    ]);
    // One entry for the section, with its count; each record it created against that entry.
    expect(rows[1]).toMatchObject({ changes: null, note: 'Nhập thử — 3 bản ghi' });
    expect(bulkRows(core)).toEqual(['s1', 's2', 's3'].map((id) => ({ record_id: id, note: 'Nhập thử — 3 bản ghi' })));
    expect(JSON.parse(rows[2]!.changes!)).toEqual({ note: ['trước', 'trong'] });
    expect(JSON.parse(rows[3]!.changes!)).toEqual({ attendees: [30, 99] });
    // A record's history: the section's entry, as the record's, then its edit.
    const history = (await callOk(core, 'audit.list', { recordId: 's1', limit: 10 })).entries;
    expect(history.map((e) => [e.action, e.recordId, e.note])).toEqual([
      ['update', 's1', null],
      ['create', 's1', 'Nhập thử — 3 bản ghi'],
    ]);
    expect((await callOk(core, 'audit.list', { recordId: 's2', limit: 10 })).entries.map((e) => e.action)).toEqual(['create']);
    core.close();
  });

  it('ends the section on a throw: nothing written, and the next create is captured with its fields', async () => {
    const core = await fileCore(newPath());
    const unitId = await withUnit(core);
    const trail = core.env.audit!;
    const store = trail.storeFor(() => WHO);
    expect(() =>
      store.write((tx) =>
        trail.bulkCreates(tx, 'propaganda_sessions', 'Nhập thử', () => {
          insertRecords(tx, sessionKind, [{ id: 's1', fields: session(unitId, 'Một') }], NOW);
          throw new Error('refused half-way');
        }),
      ),
    ).toThrow('refused half-way');
    expect(trailRows(core)).toEqual([]);
    expect(bulkRows(core)).toEqual([]);
    expect(core.env.store.get<{ n: number }>('SELECT count(*) AS n FROM propaganda_sessions')?.n).toBe(0);
    store.write((tx) => insertRecord(tx, sessionKind, 's2', session(unitId, 'Hai'), NOW));
    const [create] = trailRows(core);
    expect(create).toMatchObject({ action: 'create', record_id: 's2', note: null });
    expect(JSON.parse(create!.changes!)).toMatchObject({ topic: [null, 'Hai'] });
    core.close();
  });

  it('replays from the journal to the same trail, records and search rows', async () => {
    const path = newPath();
    const core = await fileCore(path);
    const unitId = await withUnit(core);
    const trail = core.env.audit!;
    const records = Array.from({ length: 120 }, (_, i) => ({ id: `s${i}`, fields: session(unitId, `Phòng chống tội phạm ${i}`) }));
    trail
      .storeFor(() => WHO)
      .write((tx) => trail.bulkCreates(tx, 'propaganda_sessions', 'Nhập thử', () => insertRecords(tx, sessionKind, records, NOW)));
    const state = (c: Core) => ({
      trail: c.env.store.all('SELECT * FROM audit_log ORDER BY id'),
      bulk: c.env.store.all('SELECT * FROM audit_bulk_creates ORDER BY record_id'),
      sessions: c.env.store.all('SELECT * FROM propaganda_sessions ORDER BY seq'),
      search: c.env.store.all('SELECT docid, * FROM propaganda_sessions_fts ORDER BY docid'),
    });
    const written = state(core);
    expect(written.trail.filter((r) => r['note'] === 'Nhập thử — 120 bản ghi')).toHaveLength(1);
    expect(written.bulk).toHaveLength(120);
    const copy = newPath();
    for (const suffix of ['', '.journal', '.journal.next']) if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
    core.close();
    const reopened = await fileCore(copy);
    expect(state(reopened)).toEqual(written);
    expect((await callOk(reopened, 'sessions.list', { search: 'toi pham 117' })).total).toBe(1);
    reopened.close();
  });

  it('carries a bulk entry and its records into a restored backup that lacks them', async () => {
    const core = await fileCore(newPath());
    const unitId = await withUnit(core);
    const point = await callOk(core, 'system.backups.create', {});
    const trail = core.env.audit!;
    const records = ['s1', 's2'].map((id) => ({ id, fields: session(unitId, id) }));
    trail
      .storeFor(() => WHO)
      .write((tx) => trail.bulkCreates(tx, 'propaganda_sessions', 'Nhập thử', () => insertRecords(tx, sessionKind, records, NOW)));
    await callOk(core, 'system.backups.restore', { name: point.name });
    // The sessions went with the restore; the trail keeps who created them, and for which records.
    expect(core.env.store.get<{ n: number }>('SELECT count(*) AS n FROM propaganda_sessions')?.n).toBe(0);
    expect(bulkRows(core)).toEqual(['s1', 's2'].map((id) => ({ record_id: id, note: 'Nhập thử — 2 bản ghi' })));
    const history = (await callOk(core, 'audit.list', { recordId: 's2', limit: 5 })).entries;
    expect(history.map((e) => [e.action, e.recordId, e.method])).toEqual([['create', 's2', 'test.bulk']]);
    core.close();
  });
});

describe('bulk deletes in the audit trail', () => {
  const records = (unitId: string) =>
    Array.from({ length: 120 }, (_, i) => ({ id: `s${i}`, fields: session(unitId, `Phòng chống tội phạm ${i}`) }));
  const entries = (core: Core) => trailRows(core).filter((r) => r.action === 'delete');

  it('logs each deleted row as its delete trigger does, values included, replayed the same from the journal', async () => {
    // The same deletes, one by one through the triggers in one database, set-based in another.
    const byTrigger = await fileCore(newPath());
    const path = newPath();
    const bulk = await fileCore(path);
    for (const core of [byTrigger, bulk]) {
      const unitId = await withUnit(core);
      core.env.store.write((tx) => insertRecords(tx, sessionKind, records(unitId), NOW));
    }
    const ids = records('')
      .map((r) => r.id)
      .filter((_, i) => i % 3 !== 0);
    byTrigger.env.audit!.storeFor(() => WHO).write((tx) => ids.forEach((id) => deleteRecord(tx, sessionKind, id)));
    const trail = bulk.env.audit!;
    trail.storeFor(() => WHO).write((tx) => trail.bulkDeletes(tx, 'propaganda_sessions', ids, () => deleteRecords(tx, sessionKind, ids)));
    // Unit ids differ between the two databases: compare the rest of each diff.
    const withoutUnit = (core: Core) =>
      entries(core).map((r) => {
        const { unit_id: _unit, ...rest } = JSON.parse(r.changes!) as Record<string, unknown>;
        return { ...r, changes: rest };
      });
    expect(withoutUnit(bulk)).toEqual(withoutUnit(byTrigger));
    expect(entries(bulk)).toHaveLength(80);
    expect(JSON.parse(entries(bulk)[0]!.changes!)).toMatchObject({ topic: ['Phòng chống tội phạm 1', null], attendees: [30, null] });
    const state = (c: Core) => ({
      trail: c.env.store.all('SELECT * FROM audit_log ORDER BY id'),
      sessions: c.env.store.all('SELECT * FROM propaganda_sessions ORDER BY seq'),
      search: c.env.store.all('SELECT docid, * FROM propaganda_sessions_fts ORDER BY docid'),
    });
    const written = state(bulk);
    expect(written.sessions).toHaveLength(40);
    const copy = newPath();
    for (const suffix of ['', '.journal', '.journal.next']) if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
    bulk.close();
    byTrigger.close();
    const reopened = await fileCore(copy);
    expect(state(reopened)).toEqual(written);
    reopened.close();
  });
});
