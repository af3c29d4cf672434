import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, callOk, viewer } from '../../fixtures/core';
import { enterWork, exportTo, importInto, makeOffices, type Office } from './offices';

let province: Office;
let a: Office;
let b: Office;

beforeAll(async () => {
  ({ province, a, b } = await makeOffices());
  await enterWork(a, 'A1', 1);
  await enterWork(a, 'A2', 2);
}, 60_000);
afterAll(() => [province, a, b].forEach((o) => o.core.close()));

const history = async (o: Office, recordId: string) => (await callOk(o.core, 'audit.list', { recordId, limit: 50 }, admin)).entries;
const importRows = async (o: Office) =>
  (await callOk(o.core, 'audit.list', { method: 'exchange.importPackage', limit: 500 }, admin)).entries;
const sessionsAt = async (o: Office) => (await callOk(o.core, 'sessions.list', { offset: 0, limit: 50 }, viewer)).rows;
const FIRST = 'Nhận gói số 1 của "Công an huyện An" (mã CAH-AN)';

async function applied(o: Office, bytes: Uint8Array): Promise<void> {
  const r = await importInto(o, bytes);
  if (!r.ok || !r.data.applied) throw new Error(`not applied: ${JSON.stringify(r)}`);
}

describe('the audit trail of a received package', () => {
  it('logs the import as one event with its counts, and each record it created as created by that package', async () => {
    await applied(province, await exportTo(a, province.id));
    const rows = await importRows(province);
    const events = rows.filter((r) => r.action === 'event');
    expect(events).toHaveLength(1);
    expect(events[0]?.note).toMatch(/^Nhận gói số 1 của "Công an huyện An" \(mã CAH-AN\): .*Buổi tuyên truyền: 6 mới/);
    expect(events[0]?.note).toContain('Kết quả: 2 mới');
    expect(events[0]).toMatchObject({ username: 'cli', role: 'admin', kind: null });

    const sessions = await sessionsAt(province);
    expect(sessions).toHaveLength(6);
    for (const s of sessions) {
      const [only, ...more] = await history(province, s.id);
      expect(more).toEqual([]);
      // The kind's one entry for the package, shown as this record's: no field list (the record holds the values).
      expect(only).toMatchObject({
        action: 'create',
        method: 'exchange.importPackage',
        kind: 'propaganda_sessions',
        recordId: s.id,
        note: `${FIRST} — 6 bản ghi`,
      });
      expect(only?.changes).toBeNull();
      expect(only?.at).toBe(events[0]?.at);
    }
    // One entry per kind, with its count; rows of other tables (a model's status events) keep their values.
    const creates = rows.filter((r) => r.action === 'create');
    expect(creates.filter((r) => r.kind === 'propaganda_sessions')).toHaveLength(1);
    expect(creates.filter((r) => r.kind === 'outcomes').map((r) => r.note)).toEqual([`${FIRST} — 2 bản ghi`]);
    expect(creates.filter((r) => r.kind === 'safety_registrations').map((r) => r.note)).toEqual([`${FIRST} — 2 bản ghi`]);
    expect(creates.filter((r) => r.kind === 'security_models').map((r) => r.note)).toEqual([`${FIRST} — 2 bản ghi`]);
    const event = creates.find((r) => r.kind === 'model_status_events');
    expect(event?.changes).toMatchObject({ status: [null, expect.any(String)] });
    // The bulk write kept the search index: folded words find the received sessions.
    expect((await callOk(province.core, 'sessions.list', { search: 'phong chong toi pham 2' }, viewer)).total).toBe(2);
  });

  it('logs the records a later package changed and deleted with their values before', async () => {
    const atA = await sessionsAt(a);
    const changed = atA.find((s) => s.topic === 'Phòng chống tội phạm 2')!;
    const removed = atA.find((s) => s.topic === 'Phòng chống tội phạm 3')!;
    await callOk(a.core, 'sessions.update', { id: changed.id, topic: 'Phòng chống ma tuý', expectedVersion: changed.version });
    await callOk(a.core, 'sessions.delete', { id: removed.id, expectedVersion: removed.version });
    await applied(province, await exportTo(a, province.id));

    const [update] = await history(province, changed.id);
    expect(update).toMatchObject({ action: 'update', method: 'exchange.importPackage' });
    expect(update?.changes).toMatchObject({ topic: ['Phòng chống tội phạm 2', 'Phòng chống ma tuý'] });
    const [deletion] = await history(province, removed.id);
    expect(deletion).toMatchObject({ action: 'delete', method: 'exchange.importPackage' });
    expect(deletion?.changes).toMatchObject({ topic: ['Phòng chống tội phạm 3', null] });
  });

  it('undoes the last import, logged as an event and with every record it put back or removed', async () => {
    const before = (await sessionsAt(province)).length;
    await callOk(province.core, 'exchange.undoLastImport', { officeId: a.id }, admin);
    expect(await sessionsAt(province)).toHaveLength(before + 1);
    const rows = (await callOk(province.core, 'audit.list', { method: 'exchange.undoLastImport', limit: 50 }, admin)).entries;
    expect(rows.find((r) => r.action === 'event')?.note).toBe('Hoàn tác gói số 2 của "Công an huyện An" (mã CAH-AN).');
    expect(rows.filter((r) => r.kind === 'propaganda_sessions').map((r) => r.action)).toEqual(expect.arrayContaining(['update', 'create']));

    // Undoing the first package removes what it created; each removal keeps the record's values.
    await callOk(province.core, 'exchange.undoLastImport', { officeId: a.id }, admin);
    expect(await sessionsAt(province)).toHaveLength(0);
    const gone = (
      await callOk(province.core, 'audit.list', { method: 'exchange.undoLastImport', kind: 'propaganda_sessions', limit: 50 }, admin)
    ).entries;
    const deletes = gone.filter((r) => r.action === 'delete');
    expect(deletes).toHaveLength(6);
    for (const d of deletes) expect(d.changes?.['topic']?.[0]).toMatch(/^Phòng chống/);
  });

  it('writes nothing to the trail for a dry run', async () => {
    await enterWork(b, 'B1', 1);
    const count = () => province.core.env.store.get<{ n: number }>('SELECT count(*) AS n FROM audit_log')?.n;
    const n = count();
    const dry = await importInto(province, await exportTo(b, province.id), true);
    expect(dry.ok && dry.data.kinds.find((k) => k.kind === 'sessions')?.new).toBe(3);
    expect(count()).toBe(n);
  });
});
