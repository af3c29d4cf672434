import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, callOk, makeTestCore, viewer } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';
import { bulkSessions, numberUnits } from '../../fixtures/seed/million.repo';
import { tempDbPath } from '../db/store-fixture';
import { databaseDigest, exportTo, importInto, makeOffices, type Office } from './offices';

/**
 * A package import runs without SQLite's in-memory rollback journal (issue 13: its memory), so a failure
 * after writing began is undone by loading the province's database again from its file and journal. This
 * import fails at its last session, once 30,000 have been written (more than SQLite's page cache holds,
 * so pages went to the in-memory file): the province must hold exactly what it held before, and say so.
 * The undo runs the same way, and is refused after deleting the records when a unit it would remove is in use.
 */
const SENT = 30_000;
const LAST = `bench-s-${SENT - 1}`;
let province: Office;
let a: Office;
let b: Office;
const provinceDb = tempDbPath();

beforeAll(async () => {
  ({ province, a, b } = await makeOffices(provinceDb));
  a.core.env.store.write((tx) => {
    const units = numberUnits(tx, 'test_units', ['commune']);
    bulkSessions(tx, 'test_units', units, SENT, '2017-01-01', 365, entryId('KHU_DAN_CU'), entryId('TUYEN_TRUYEN'));
  });
  await callOk(province.core, 'sessions.create', {
    heldOn: '2017-05-01',
    unitId: province.units['A1']!,
    venueKindId: entryId('KHU_DAN_CU'),
    formId: entryId('TUYEN_TRUYEN'),
    topic: 'Buổi của tỉnh',
  });
}, 120_000);
afterAll(() => [province, a, b].forEach((o) => o.core.close()));

const sessions = async (o: Office) => (await callOk(o.core, 'sessions.list', { offset: 0, limit: 1 }, viewer)).total;

describe('a package import, or its undo, that fails part-way through its writing', () => {
  it('leaves the province exactly as it was, says that nothing saved was touched, and imports once the cause is gone', async () => {
    const bytes = await exportTo(a, province.id);
    // A rule of this database refuses the package's last session: the import fails after writing the rest.
    province.core.env.store.write((tx) =>
      tx.run(
        `CREATE TRIGGER refuse_last BEFORE INSERT ON propaganda_sessions WHEN NEW.id = '${LAST}' BEGIN SELECT RAISE(ABORT, 'refused'); END`,
      ),
    );
    const before = databaseDigest(province.core);

    const failed = await importInto(province, bytes);
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error.code).toBe('CONFLICT');
    expect(failed.error.message).toBe('Không nhận được gói: một bản ghi buổi tuyên truyền không ghi được. Không có gì thay đổi.');
    expect(databaseDigest(province.core)).toBe(before);
    expect(province.core.env.store.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(await sessions(province)).toBe(1);
    const offices = await callOk(province.core, 'offices.list', {});
    expect(offices.find((o) => o.id === a.id)?.lastSequence).toBeNull();

    // The store goes on after the reload: the rule is dropped, and the same package now applies.
    province.core.env.store.write((tx) => tx.run('DROP TRIGGER refuse_last'));
    const applied = await importInto(province, bytes);
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.data.applied).toBe(true);
    expect(await sessions(province)).toBe(SENT + 1);
    const audit = await callOk(province.core, 'audit.list', { method: 'exchange.importPackage', limit: 500 }, admin);
    // The failed attempt left no trace of a package received: one event, the import that applied.
    const events = audit.entries.filter((e) => e.action === 'event');
    expect(events.map((e) => e.note)).toEqual([expect.stringMatching(/^Nhận gói số 1 của "Công an huyện An".*30\.000 mới/)]);
  }, 120_000);

  it('refuses its undo while a unit it brought is in use here, after deleting its records, and changes nothing', async () => {
    // The package brought the commune Xã An Hai; the province enters a session of its own there.
    const brought = province.core.env.store.get<{ id: string }>("SELECT id FROM units WHERE code = '31102'")!.id;
    await callOk(province.core, 'sessions.create', {
      heldOn: '2017-06-01',
      unitId: brought,
      venueKindId: entryId('KHU_DAN_CU'),
      formId: entryId('TUYEN_TRUYEN'),
      topic: 'Buổi của tỉnh ở xã mới',
    });
    const before = databaseDigest(province.core);
    // The undo deletes the 30,000 sessions first; removing the commune then fails on the province's session.
    const refused = await province.core.call('exchange.undoLastImport', { officeId: a.id }, admin);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('CONFLICT');
    expect(refused.error.message).toMatch(/^Không hoàn tác được: .*Không có gì thay đổi\.$/);
    expect(databaseDigest(province.core)).toBe(before);
    expect(province.core.env.store.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(await sessions(province)).toBe(SENT + 2);
  }, 120_000);

  it('has the province file hold the same after a restart', async () => {
    const digest = databaseDigest(province.core);
    province.core.close();
    province.core = await makeTestCore({ dbPath: provinceDb });
    expect(databaseDigest(province.core)).toBe(digest);
    expect(await sessions(province)).toBe(SENT + 2);
  }, 60_000);
});
