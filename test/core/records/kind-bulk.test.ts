import { describe, expect, it } from 'vitest';
import { outcomeKind } from '../../../src-main/contract/outcomes/outcome.kind';
import type { AnyKind } from '../../../src-main/contract/records/define-kind';
import { sessionKind } from '../../../src-main/contract/sessions/session.kind';
import type { Core } from '../../../src-main/core/app/open-core';
import { deleteRecord, insertRecord, insertRecords, type NewRecord } from '../../../src-main/core/records';
import { callOk, makeTestCore } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';

const NOW = '2026-11-20T01:02:03.000Z';

async function coreWithUnits(): Promise<{ core: Core; units: string[] }> {
  const core = await makeTestCore();
  const top = (await callOk(core, 'units.create', { code: '31', name: 'Tỉnh Thử', kind: 'province', parentId: null })).id;
  const units = [top];
  for (const name of ['Xã Đông Phong', 'Phường Ánh Dương'])
    units.push((await callOk(core, 'units.create', { name, kind: 'commune', parentId: top })).id);
  return { core, units };
}

function sessions(units: readonly string[]): NewRecord[] {
  // Out of date order on purpose, with a shared presenter, an owner's metadata and no owner.
  return ['2017-05-02', '2017-01-09', '2017-05-02', '2017-03-30'].map((heldOn, i) => ({
    id: `s-${i}`,
    fields: {
      heldOn,
      unitId: units[i % units.length],
      venueKindId: entryId('KHU_DAN_CU'),
      formId: entryId('TUYEN_TRUYEN'),
      topic: `Phòng chống ma tuý đợt ${i}`,
      presenter: 'Đặng Văn Lâm',
      attendees: 10 + i,
      householdsCommitted: i,
      materialsDistributed: 0,
      modelId: null,
      note: i === 2 ? 'Ghi chú có dấu: Đường Lê Lợi' : '',
    },
    owner: { origin: 'CAH-1', version: 3 + i, createdAt: `2017-0${i + 1}-01T00:00:00.000Z`, updatedAt: `2017-0${i + 1}-02T00:00:00.000Z` },
  }));
}

const outcomes = (units: readonly string[]): NewRecord[] =>
  ['2017-04', '2017-02'].map((period, i) => ({
    id: `o-${i}`,
    // Through the create schema, as a handler passes them: defaults filled in.
    fields: outcomeKind.createInput.parse({ unitId: units[1], period, tipsReceived: 3, note: `Tin báo số ${i} ở Ánh Dương` }) as Record<
      string,
      unknown
    >,
  }));

/** Every stored column but the row number, by id; and the FTS rows by record id. */
function stored(core: Core, kind: AnyKind) {
  const rows = core.env.store.all<Record<string, unknown>>(`SELECT * FROM ${kind.table} ORDER BY id`).map(({ seq: _seq, ...r }) => r);
  const search =
    kind.search.index === 'fts'
      ? core.env.store.all(`SELECT s.id, f.* FROM ${kind.search.table} f JOIN ${kind.table} s ON s.seq = f.docid ORDER BY s.id`)
      : [];
  return { rows, search };
}

describe('insertRecords (bulk) writes what insertRecord writes one by one', () => {
  it.each([
    ['sessions (FTS, owners kept)', sessionKind as AnyKind, sessions],
    ['outcomes (folded search column, no owner)', outcomeKind as AnyKind, outcomes],
  ])('%s', async (_name, kind, make) => {
    const { core, units } = await coreWithUnits();
    const records = make(units);
    core.env.store.write((tx) => records.forEach((r) => insertRecord(tx, kind, r.id, r.fields, NOW, r.owner)));
    const oneByOne = stored(core, kind);
    core.env.store.write((tx) => records.forEach((r) => deleteRecord(tx, kind, r.id)));
    expect(stored(core, kind)).toEqual({ rows: [], search: [] });
    const last = core.env.store.write((tx) => insertRecords(tx, kind, records, NOW));
    // The table was emptied: numbering starts again after 0, as SQLite's own would.
    expect(last).toBe(0);
    expect(stored(core, kind)).toEqual(oneByOne);
    // Row numbers follow the kind's date field, ties in their order: the date-led indexes grow at their ends.
    const order = core.env.store.all<{ id: string }>(`SELECT id FROM ${kind.table} WHERE seq > ? ORDER BY seq`, [last]).map((r) => r.id);
    const date = (r: NewRecord) => String(r.fields[kind.unit.sortThen]);
    expect(order).toEqual([...records].sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0)).map((r) => r.id));
    core.close();
  });

  it('refuses a batch mixing received records and records made here', async () => {
    const { core, units } = await coreWithUnits();
    const [first, second] = sessions(units);
    expect(() => core.env.store.write((tx) => insertRecords(tx, sessionKind, [first!, { ...second!, owner: undefined }], NOW))).toThrow(
      /owner/,
    );
    core.close();
  });
});
