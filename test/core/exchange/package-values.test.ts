import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, callOk, viewer } from '../../fixtures/core';
import { databaseDigest, enterWork, exportTo, importInto, makeOffices, privateKeyOf, resign, type Office } from './offices';

let province: Office;
let a: Office;
let b: Office;

beforeAll(async () => {
  ({ province, a, b } = await makeOffices());
  await enterWork(a, 'A1', 1);
  // A's second commune is unknown at the province: the import creates it.
  await enterWork(a, 'A2', 1);
  await enterWork(b, 'B1', 1);
}, 60_000);
afterAll(() => [province, a, b].forEach((o) => o.core.close()));

/** Sets one field of every record of `target` in the package's JSON value arrays (the key's position from `fields`). */
function setField(target: string, key: string, value: string): string {
  return `UPDATE records SET data = json_set(data, '$[' || (SELECT j.key FROM fields, json_each(fields.keys) AS j
    WHERE fields.target = '${target}' AND j.value = '${key}') || ']', json('${value}')) WHERE target = '${target}';`;
}

describe('values in a signed package are checked against each kind’s schema', () => {
  const cases = [
    { target: 'sessions', key: 'attendees', value: '-5', label: /buổi tuyên truyền/ },
    { target: 'outcomes', key: 'tipsReceived', value: '-1', label: /kết quả/ },
    { target: 'models', key: 'members', value: '-3', label: /mô hình/ },
    { target: 'sessions', key: 'heldOn', value: '"31/02/2017"', label: /buổi tuyên truyền/ },
  ];
  for (const c of cases)
    it(`refuses ${c.target}.${c.key} = ${c.value}, naming the record; the database unchanged`, async () => {
      const good = await exportTo(a, province.id, true);
      const bad = await resign(good, privateKeyOf(a), { sql: setField(c.target, c.key, c.value) });
      const before = databaseDigest(province.core);
      for (const dryRun of [true, false]) {
        const r = await importInto(province, bad, dryRun);
        expect(r.ok, JSON.stringify(r)).toBe(false);
        if (r.ok) continue;
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.message).toMatch(c.label);
        expect(r.error.message).toMatch(/mã "[0-9a-f-]{36}" mang giá trị không hợp lệ/);
        expect(r.error.message).toContain(`"${c.key}"`);
        expect(databaseDigest(province.core)).toBe(before);
      }
    });

  it('the same package unedited is accepted (the check refuses only bad values)', async () => {
    const r = await importInto(province, await exportTo(b, province.id, true));
    expect(r.ok, JSON.stringify(r)).toBe(true);
  });
});

describe('an import and its undo tell the change feed the kinds they wrote', () => {
  async function kindsChangedBy(write: () => Promise<unknown>): Promise<string[]> {
    const { cursor } = await callOk(province.core, 'changes.since', { cursor: null }, viewer);
    await write();
    const page = await callOk(province.core, 'changes.since', { cursor }, viewer);
    expect(page.reset).toBe(false);
    return page.changes.map((c) => c.kind).sort();
  }

  it('records, units created for unknown codes, and the exchange itself; the undo the same', async () => {
    const bytes = await exportTo(a, province.id, true);
    const imported = await kindsChangedBy(async () => expect((await importInto(province, bytes)).ok).toBe(true));
    expect(imported).toEqual(expect.arrayContaining(['exchange', 'models', 'outcomes', 'registrations', 'sessions', 'units']));
    const undone = await kindsChangedBy(() => callOk(province.core, 'exchange.undoLastImport', { officeId: a.id }, admin));
    expect(undone).toEqual(expect.arrayContaining(['exchange', 'models', 'outcomes', 'registrations', 'sessions', 'units']));
  });

  it('a dry run records nothing, not even the exchange call itself (it wrote nothing)', async () => {
    const bytes = await exportTo(a, province.id, true);
    expect(await kindsChangedBy(async () => expect((await importInto(province, bytes, true)).ok).toBe(true))).toEqual([]);
  });
});
