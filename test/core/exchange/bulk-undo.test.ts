import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, viewer } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';
import { expectRising, recordProgress } from '../../fixtures/progress';
import { bulkSessions, numberUnits } from '../../fixtures/seed/million.repo';
import { databaseDigest, enterWork, exportTo, importInto, makeOffices, type Office } from './offices';

/**
 * Issue 13: a large package's import reports its progress as records are written (not once per kind),
 * and its undo removes the records it added a kind at a time, all or nothing.
 */
const BIG = 12_000;
let province: Office;
let a: Office;
let b: Office;
/** The province's record tables before the big package. */
let beforeImport = '';

/** The record tables (full-text content included, by row), as text: equal dumps, the same records. */
function recordDump(core: Core): string {
  const db = core.env.store;
  const hash = createHash('sha256');
  const tables = ['units', 'catalogue_entries', 'security_models', 'model_status_events', 'propaganda_sessions', 'outcomes'];
  for (const t of [...tables, 'safety_registrations', 'propaganda_sessions_count'])
    for (const row of db.all(`SELECT * FROM ${t} ORDER BY rowid`)) hash.update(`${t}${JSON.stringify(row)}`);
  for (const t of ['propaganda_sessions_fts', 'security_models_fts'])
    for (const row of db.all(`SELECT docid, * FROM ${t} ORDER BY docid`)) hash.update(`${t}${JSON.stringify(row)}`);
  return hash.digest('hex');
}

beforeAll(async () => {
  ({ province, a, b } = await makeOffices());
  await enterWork(a, 'A1', 1);
  await enterWork(b, 'B1', 1);
  // The province's own books, at a commune of its own.
  const commune = { code: '31901', name: 'Xã Của Tỉnh', kind: 'commune' as const, parentId: province.units['P']! };
  province.units['P1'] = (await callOk(province.core, 'units.create', commune, admin)).id;
  await enterWork(province, 'P1', 4);
  a.core.env.store.write((tx) => {
    const units = numberUnits(tx, 'test_units', ['commune']);
    bulkSessions(tx, 'test_units', units, BIG, '2017-01-01', 365, entryId('KHU_DAN_CU'), entryId('TUYEN_TRUYEN'));
  });
}, 120_000);
afterAll(() => [province, a, b].forEach((o) => o.core.close()));

describe('a package of 12,000 records', () => {
  it('reports its preview and its writing as they go, rising to every record', async () => {
    const bytes = await exportTo(a, province.id);
    const before = recordDump(province.core);
    beforeImport = before;
    const total = BIG + 3 + 1 + 1 + 1;
    const dry = recordProgress(province.core);
    expect((await importInto(province, bytes, true)).ok).toBe(true);
    dry.stop();
    expect(dry.reports[0]).toMatchObject({ label: 'Kiểm tra chữ ký và dữ liệu của gói', done: 0, total: 0 });
    expectRising(dry.reports, 'Đối chiếu bản ghi của gói với dữ liệu ở đây', total);
    expect(dry.reports.some((r) => r.label === 'Ghi bản ghi')).toBe(false);
    expect(recordDump(province.core)).toBe(before);

    const applied = recordProgress(province.core);
    const r = await importInto(province, bytes);
    applied.stop();
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.applied).toBe(true);
    expectRising(applied.reports, 'Ghi bản ghi', total);
    expect((await callOk(province.core, 'sessions.list', { offset: 0, limit: 1 }, viewer)).total).toBe(BIG + 3 + 3);
  }, 120_000);

  it('stores the records it added as a few id lists, and its undo restores the record tables exactly', async () => {
    const last = province.core.env.store.get<{ seq: number }>('SELECT max(seq) AS seq FROM exchange_received')!.seq;
    const lists = province.core.env.store.all<{ target: string; n: number }>(
      'SELECT target, sum(json_array_length(ids)) AS n FROM exchange_undo_added WHERE received_seq = ? GROUP BY target ORDER BY target',
      [last],
    );
    expect(lists).toEqual([
      { target: 'models', n: 1 },
      { target: 'outcomes', n: 1 },
      { target: 'registrations', n: 1 },
      { target: 'sessions', n: BIG + 3 },
    ]);
    // Only the commune the province did not know is a step of its own.
    const rows = province.core.env.store.get<{ n: number }>('SELECT count(*) AS n FROM exchange_undo WHERE received_seq = ?', [last]);
    expect(rows?.n).toBe(1);

    const undone = await callOk(province.core, 'exchange.undoLastImport', { officeId: a.id }, admin);
    expect(undone.undoneAt).not.toBeNull();
    expect(recordDump(province.core)).toBe(beforeImport);
    // Each record removed is in the trail with its values, as a delete trigger logs it.
    const deletes = province.core.env.store.all<{ changes: string }>(
      `SELECT changes FROM audit_log WHERE method = 'exchange.undoLastImport' AND kind = 'propaganda_sessions' AND action = 'delete'`,
    );
    expect(deletes).toHaveLength(BIG + 3);
    for (const d of deletes.slice(0, 50)) expect(JSON.parse(d.changes)).toMatchObject({ topic: [expect.any(String), null] });
  });

  it('undoes an import stored the old way (a row per record added) just as well', async () => {
    const r = await importInto(province, await exportTo(a, province.id, true));
    if (!r.ok) throw new Error(r.error.message);
    const last = province.core.env.store.get<{ seq: number }>('SELECT max(seq) AS seq FROM exchange_received')!.seq;
    // The steps as a database from before version 165 stored them: one exchange_undo row per record added.
    province.core.env.store.write((tx) => {
      const base = tx.get<{ n: number }>('SELECT count(*) AS n FROM exchange_undo WHERE received_seq = ?', [last])!.n;
      tx.run(
        `INSERT INTO exchange_undo (received_seq, step, target, record_id, before)
         SELECT a.received_seq, ? + a.step * 100000 + a.part * 10000 + j.key, a.target, j.value, NULL FROM exchange_undo_added a, json_each(a.ids) j
         WHERE a.received_seq = ?`,
        [base, last],
      );
      tx.run('DELETE FROM exchange_undo_added WHERE received_seq = ?', [last]);
    });
    await callOk(province.core, 'exchange.undoLastImport', { officeId: a.id }, admin);
    expect(recordDump(province.core)).toBe(beforeImport);
  });
});

describe('an undo the province cannot make', () => {
  it('is refused when a unit the package created is used here since, and changes nothing', async () => {
    const r = await importInto(province, await exportTo(b, province.id, true));
    if (!r.ok) throw new Error(r.error.message);
    const created = (await callOk(province.core, 'units.list', { offset: 0, limit: 500 }, viewer)).rows.find((u) => u.code === '31201')!;
    province.units['B1'] = created.id;
    await callOk(province.core, 'registrations.create', { unitId: created.id, year: 2018, registeredOn: '2018-01-20' }, admin);
    const before = databaseDigest(province.core);
    const undo = await province.core.call('exchange.undoLastImport', { officeId: b.id }, admin);
    expect(!undo.ok && undo.error.code).toBe('CONFLICT');
    if (!undo.ok) expect(undo.error.message).toMatch(/đơn vị hoặc mục danh mục do gói tạo ra đang được dùng/);
    expect(databaseDigest(province.core)).toBe(before);
  });

  it('is refused when a model the package added is used by a record here, and changes nothing', async () => {
    const models = await callOk(province.core, 'models.list', { offset: 0, limit: 50 }, viewer);
    const fromB = models.rows.find((m) => m.originOfficeId === b.id)!;
    await callOk(
      province.core,
      'sessions.create',
      {
        heldOn: '2017-06-15',
        unitId: province.units['P1']!,
        venueKindId: entryId('KHU_DAN_CU'),
        formId: entryId('TUYEN_TRUYEN'),
        topic: 'Dùng mô hình của huyện',
        attendees: 5,
        modelId: fromB.id,
      },
      admin,
    );
    const before = databaseDigest(province.core);
    const undo = await province.core.call('exchange.undoLastImport', { officeId: b.id }, admin);
    expect(!undo.ok && undo.error.code).toBe('CONFLICT');
    if (!undo.ok) expect(undo.error.message).toMatch(/^Không hoàn tác được: một bản ghi mô hình/);
    expect(databaseDigest(province.core)).toBe(before);
  });
});

/** Each record of the tables, by id, without its row number (a record put back is a new row). */
function recordsById(core: Core): unknown[] {
  const db = core.env.store;
  const out: unknown[] = [];
  for (const t of ['security_models', 'propaganda_sessions', 'outcomes', 'safety_registrations']) {
    for (const row of db.all(`SELECT * FROM ${t} ORDER BY id`)) out.push({ ...row, seq: null });
  }
  out.push(db.all('SELECT model_id, seq, status, effective_on, note FROM model_status_events ORDER BY model_id, seq'));
  out.push(
    db.all(
      'SELECT s.id, f.topic, f.presenter, f.note FROM propaganda_sessions_fts f JOIN propaganda_sessions s ON s.seq = f.docid ORDER BY s.id',
    ),
  );
  out.push(db.all('SELECT m.id, f.* FROM security_models_fts f JOIN security_models m ON m.seq = f.docid ORDER BY m.id'));
  out.push(db.all('SELECT * FROM propaganda_sessions_count'));
  return out;
}

describe('the undo of a package that replaced and deleted records', () => {
  it('puts them back as they were, and removes what it added', async () => {
    const first = await importInto(province, await exportTo(a, province.id, true));
    if (!first.ok) throw new Error(first.error.message);
    const held = province.core.env.store.all<{ id: string }>(
      'SELECT id FROM propaganda_sessions WHERE origin_office_id = ? ORDER BY id LIMIT 3000',
      [a.id],
    );
    // At the district: 1,000 sessions changed, 2,000 deleted, its outcome deleted, its model renamed, new work added.
    a.core.env.store.write((tx) => {
      tx.run(
        `UPDATE propaganda_sessions SET attendees = attendees + 7, version = version + 1, updated_at = ?
        WHERE id IN (SELECT value FROM json_each(?))`,
        [new Date().toISOString(), JSON.stringify(held.slice(0, 1000).map((r) => r.id))],
      );
      tx.run('DELETE FROM propaganda_sessions WHERE id IN (SELECT value FROM json_each(?))', [
        JSON.stringify(held.slice(1000).map((r) => r.id)),
      ]);
      tx.run('DELETE FROM outcomes');
    });
    const model = (await callOk(a.core, 'models.list', { offset: 0, limit: 1 }, viewer)).rows[0]!;
    await callOk(a.core, 'models.update', { id: model.id, name: 'Tiếng kẻng đổi tên' }, admin);
    await enterWork(a, 'A2', 5);
    const before = recordsById(province.core);
    const second = await importInto(province, await exportTo(a, province.id));
    if (!second.ok) throw new Error(second.error.message);
    const sessions = second.data.kinds.find((k) => k.kind === 'sessions');
    expect(sessions).toMatchObject({ new: 3, changed: 1000, deleted: 2000 });
    expect(recordsById(province.core)).not.toEqual(before);

    await callOk(province.core, 'exchange.undoLastImport', { officeId: a.id }, admin);
    expect(recordsById(province.core)).toEqual(before);
  }, 120_000);
});
