import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import type { ReadDb } from '../../../src-main/core/db/types';
import { admin, makeTestCore } from '../../fixtures/core';
import { entryIds } from '../../fixtures/seed/catalogue-ids';
import { seedSmallOffice, type SmallOffice } from '../../fixtures/small-office';

const NIL = '00000000-0000-0000-0000-000000000000';

/** The tables that hold a row with this id (every id names one thing, in one table). */
function tablesHolding(db: ReadDb, id: string): string[] {
  const tables = db.all<{ name: string }>(
    `SELECT m.name FROM sqlite_master m
      WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'id')`,
  );
  return tables.filter((t) => db.get(`SELECT 1 AS x FROM "${t.name}" WHERE id = ?`, [id]) !== undefined).map((t) => t.name);
}

/** How many rows each table holds: a refused create writes nothing. */
function rowCounts(db: ReadDb): Record<string, number> {
  const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  return Object.fromEntries(tables.map((t) => [t.name, db.get<{ n: number }>(`SELECT count(*) AS n FROM "${t.name}"`)?.n ?? 0]));
}

/** A valid input for every method that creates a record (the core gives the id). */
function createInputs(office: SmallOffice): [string, Record<string, unknown>][] {
  const [venueKindId = '', formId = ''] = [entryIds('venue_kind')[0], entryIds('session_form')[0]];
  const [authorityId = '', awardFormId = ''] = [entryIds('awarding_authority')[0], entryIds('award_form')[0]];
  return [
    ['sessions.create', { heldOn: '2017-04-02', unitId: office.units, venueKindId, formId, topic: 'Chủ đề' }],
    ['registrations.create', { year: 2018, unitId: office.units, registeredOn: '2018-01-15' }],
    ['units.create', { name: 'Thôn Mới', kind: 'residential_area', parentId: office.units }],
    ['models.create', { typeId: office.catalogues, name: 'Tổ mới', unitId: office.units, foundedOn: '2017-02-10' }],
    ['catalogues.create', { catalogue: 'venue_kind', name: 'Nhà văn hoá mới' }],
    [
      'commendations.createDecision',
      { number: '13', signedOn: '2017-12-21', year: 2017, authorityId, awardFormId, signerTitle: 'Giám đốc', signerName: 'B' },
    ],
    [
      'commendations.addRecipient',
      { decisionId: office.commendations, kind: 'collective', name: 'Tổ Mới', unitId: office.units, achievement: 'Tích cực' },
    ],
  ];
}

/** Issue 9 item 12: creation never takes an id from the caller. */
describe('create methods and a caller-chosen id', () => {
  let core: Core;
  let office: SmallOffice;
  beforeAll(async () => {
    core = await makeTestCore();
    office = await seedSmallOffice(core);
  });
  afterAll(() => core.close());

  it('refuse an id (the nil UUID, a unit id, a fresh UUID) on the id field, and create nothing under it', async () => {
    const before = rowCounts(core.env.store);
    for (const [method, input] of createInputs(office)) {
      for (const id of [NIL, office.units, randomUUID()]) {
        const r = await core.dispatch(method, { ...input, id }, admin);
        expect(r.ok ? 'created' : r.error.code, `${method} ${id}`).toBe('VALIDATION');
        expect(r.ok ? [] : r.error.issues?.map((i) => i.path), method).toEqual([['id']]);
        expect(r.ok ? '' : r.error.issues?.[0]?.message).toContain('tự cấp');
        expect(tablesHolding(core.env.store, id), `${method} ${id}`).toEqual(id === office.units ? ['units'] : []);
      }
    }
    expect(rowCounts(core.env.store)).toEqual(before);
  });

  it('create each record under a new id the core chose, when the input has none', async () => {
    for (const [method, input] of createInputs(office)) {
      const r = await core.dispatch(method, input, admin);
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
      const out = r.data as { id?: string; recipient?: { id: string } };
      const id = out.id ?? out.recipient?.id ?? '';
      expect(id, method).toMatch(/^[0-9a-f-]{36}$/);
      expect(Object.values(office), method).not.toContain(id);
      expect(tablesHolding(core.env.store, id), method).toHaveLength(1);
    }
  });
});

describe('imports and a carried id', () => {
  let core: Core;
  let office: SmallOffice;
  beforeAll(async () => {
    core = await makeTestCore();
    office = await seedSmallOffice(core);
  });
  afterAll(() => core.close());

  it('units.import gives every unit a new id, whatever id column the file has', async () => {
    const csv = ['id,Mã,Tên,Cấp', `${NIL},T01,Tỉnh Nhập,province`, `${office.sessions},T02,Tỉnh Nhập Hai,province`].join('\n');
    const r = await core.dispatch('units.import', { format: 'csv', contentBase64: Buffer.from(csv).toString('base64') }, admin);
    // The file's ids are not a column the import reads: units are found by their code, and get new ids.
    expect(r.ok ? r.data : r.error.message).toEqual({ created: 2, rows: 2 });
    const made = core.env.store.all<{ id: string }>("SELECT id FROM units WHERE code IN ('T01', 'T02')");
    expect(made).toHaveLength(2);
    for (const { id } of made) expect([NIL, office.sessions]).not.toContain(id);
    expect(tablesHolding(core.env.store, NIL)).toEqual([]);
    expect(tablesHolding(core.env.store, office.sessions)).toEqual(['propaganda_sessions']);
  });
});
