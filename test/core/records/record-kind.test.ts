import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineContract } from '../../../src-main/contract/method-spec';
import { defineKind } from '../../../src-main/contract/records/define-kind';
import { kindContract } from '../../../src-main/contract/records/kind-contract';
import { count, isoDate, optionalText, recordId, requiredText } from '../../../src-main/contract/records/record-fields';
import { implement } from '../../../src-main/core/api/define';
import { fieldError } from '../../../src-main/core/api/errors';
import { createDispatcher } from '../../../src-main/core/api/dispatch';
import type { Core } from '../../../src-main/core/app/open-core';
import { typedCall } from '../../../src-main/core/api/typed-call';
import { methods, migrations } from '../../../src-main/core/app/domains';
import { openMemoryStore } from '../../../src-main/core/db/memory-store';
import { kindHandlers } from '../../../src-main/core/records';
import type { Credential } from '../../../src-main/contract/credential';
import { createAuthState } from '../../../src-main/core/auth';
import { RESOURCES_DIR, clerk, viewer, withFixtureAccounts } from '../../fixtures/core';
import { aUnitTree, testClock } from '../../fixtures/records';

/** A kind declared only here: a unit's inspection visit (lượt kiểm tra), to show what a new plain kind gets. */
const inspectionKind = defineKind({
  name: 'inspections',
  noun: 'lượt kiểm tra',
  idLabel: 'Mã lượt kiểm tra',
  table: 'inspections',
  alias: 'i',
  unit: { field: 'unitId', sortThen: 'checkedOn' },
  owner: { by: 'unit' },
  fields: {
    unitId: { column: 'unit_id', label: 'Đơn vị', schema: recordId('Đơn vị'), cell: 'unit' },
    checkedOn: { column: 'checked_on', label: 'Ngày kiểm tra', schema: isoDate('Ngày kiểm tra'), cell: 'date', sort: 'value' },
    inspector: {
      column: 'inspector',
      label: 'Người kiểm tra',
      schema: requiredText('Người kiểm tra', 200, 'Nhập người kiểm tra.'),
      cell: 'text',
      sort: 'key',
      search: true,
    },
    visits: { column: 'visits', label: 'Số lần', schema: count('Số lần'), cell: 'number', default: 0, sort: 'value' },
    note: { column: 'note', label: 'Ghi chú', schema: optionalText('Ghi chú', 2000), cell: 'text', default: '', sort: 'vi', search: true },
  },
  filters: {
    unitId: { op: 'subtree', schema: recordId('Đơn vị') },
    year: { op: 'year', field: 'checkedOn', schema: z.coerce.number().int() },
    inspector: { op: 'text', field: 'inspector', schema: z.string() },
  },
  search: { index: 'like', column: 'search_text' },
  defaultSort: [{ column: 'checkedOn', dir: 'desc' }],
  methods: { list: 'Danh sách.', get: 'Một lượt.', create: 'Thêm.', update: 'Sửa.', delete: 'Xoá.' },
});

const inspectionsMigration = {
  version: 9_001,
  name: 'inspections (test kind)',
  sql: `CREATE TABLE inspections (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, unit_id TEXT NOT NULL REFERENCES units(id),
          checked_on TEXT NOT NULL, inspector TEXT NOT NULL, inspector_sort TEXT NOT NULL, visits INTEGER NOT NULL,
          note TEXT NOT NULL, search_text TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
          created_at TEXT NOT NULL, updated_at TEXT NOT NULL);`,
};

const inspectionsContract = defineContract({ ...kindContract(inspectionKind) });
const inspectionMethods = implement(
  inspectionsContract,
  kindHandlers(inspectionKind, {
    // A hand-written rule beside the kind: it sees the stored record on an update.
    check: (_db, next, stored) => {
      if (stored !== null && next.visits < stored.visits) throw fieldError(['visits'], 'Số lần không được giảm.');
    },
  }),
);

async function coreWithInspections(): Promise<Core> {
  const store = await openMemoryStore([...migrations, inspectionsMigration]);
  const env = {
    store,
    resourcesDir: RESOURCES_DIR,
    dataDir: mkdtempSync(join(tmpdir(), 'antq-kind-')),
    clock: testClock,
    auth: createAuthState(),
  };
  const dispatch = createDispatcher({ ...methods, ...inspectionMethods }, env);
  return withFixtureAccounts({ env, dispatch, call: typedCall(dispatch), close: () => store.close() });
}

type InspectionMethod = keyof typeof inspectionsContract;

type InspectionOut = { [K in InspectionMethod]: z.output<(typeof inspectionsContract)[K]['output']> };

/** Each method's answer read with its own output schema (a lookup by a generic name would widen to a union). */
const readOutput: { [K in InspectionMethod]: (data: unknown) => InspectionOut[K] } = {
  'inspections.list': (d) => inspectionsContract['inspections.list'].output.parse(d),
  'inspections.get': (d) => inspectionsContract['inspections.get'].output.parse(d),
  'inspections.create': (d) => inspectionsContract['inspections.create'].output.parse(d),
  'inspections.update': (d) => inspectionsContract['inspections.update'].output.parse(d),
  'inspections.delete': (d) => inspectionsContract['inspections.delete'].output.parse(d),
};

/**
 * Calls a method of the test kind, which the app's contract does not know: typed by the kind's own
 * contract, and the answer parsed with the method's output schema.
 */
async function callKind<N extends InspectionMethod>(
  core: Core,
  name: N,
  input: z.input<(typeof inspectionsContract)[N]['input']>,
  caller: Credential,
): Promise<InspectionOut[N]> {
  const r = await core.dispatch(name, input, caller);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
  return readOutput[name](r.data);
}

describe('a record kind declared once', () => {
  let core: Core;
  let units: ReturnType<typeof aUnitTree>;
  const fail = async (name: string, input: object, caller = clerk) => {
    const r = await core.dispatch(name, input, caller);
    if (r.ok) throw new Error(`${name} should have failed`);
    return r.error;
  };
  beforeEach(async () => {
    core = await coreWithInspections();
    units = aUnitTree(core);
  });
  afterEach(() => core.close());

  it('gets create, get, update, delete and list through the dispatcher', async () => {
    const made = await callKind(
      core,
      'inspections.create',
      { unitId: units.area, checkedOn: '2026-03-02', inspector: 'Đặng Văn Lâm' },
      clerk,
    );
    expect(made).toMatchObject({ unitName: 'Thôn Đông Hà', visits: 0, note: '' });
    expect(await callKind(core, 'inspections.get', { id: made.id }, viewer)).toEqual(made);
    const edited = await callKind(core, 'inspections.update', { id: made.id, visits: 3 }, clerk);
    expect(edited).toMatchObject({ inspector: 'Đặng Văn Lâm', visits: 3, checkedOn: '2026-03-02' });
    const page = await callKind(core, 'inspections.list', { search: 'dang lam' }, viewer);
    expect(page.rows.map((r) => r.id)).toEqual([made.id]);
    const deleted = await callKind(core, 'inspections.delete', { id: made.id }, clerk);
    expect(deleted.visits).toBe(3);
    expect(await fail('inspections.get', { id: made.id })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy lượt kiểm tra này; có thể nó đã bị xoá.',
    });
    // Creating it again never takes the old id: a caller's id is refused, the core gives a new one.
    const { id, unitId, checkedOn, inspector, visits } = { ...deleted, unitId: units.area };
    expect(await fail('inspections.create', { id, unitId, checkedOn, inspector, visits })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['id'], message: expect.stringContaining('tự cấp') }],
    });
    expect((await callKind(core, 'inspections.create', { unitId, checkedOn, inspector, visits }, clerk)).id).not.toBe(id);
  });

  it('runs the hand-written check with the stored record, and the roles of the contract', async () => {
    const made = await callKind(
      core,
      'inspections.create',
      { unitId: units.area, checkedOn: '2026-03-02', inspector: 'An', visits: 2 },
      clerk,
    );
    expect(await fail('inspections.update', { id: made.id, visits: 1 })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['visits'] }],
    });
    expect(await fail('inspections.create', { unitId: units.area, checkedOn: '2026-03-02' })).toMatchObject({ code: 'VALIDATION' });
    expect((await fail('inspections.delete', { id: made.id }, viewer)).code).toBe('FORBIDDEN');
  });

  it('sorts, filters and searches only by what the kind declares, in Vietnamese', async () => {
    for (const [i, inspector] of ['Đặng Lâm', 'Bùi An', 'Zô Tân', 'Ân Hòa'].entries()) {
      await callKind(core, 'inspections.create', { unitId: units.area, checkedOn: `202${5 + (i % 2)}-03-0${i + 1}`, inspector }, clerk);
    }
    const list = (q: object) => callKind(core, 'inspections.list', q, viewer);
    const byName = await list({ sort: [{ column: 'inspector', dir: 'asc' }] });
    expect(byName.rows.map((r) => r.inspector)).toEqual(['Ân Hòa', 'Bùi An', 'Đặng Lâm', 'Zô Tân']);
    expect((await list({ filters: { year: '2026' } })).total).toBe(2);
    expect((await list({ filters: { inspector: 'dang' } })).rows.map((r) => r.inspector)).toEqual(['Đặng Lâm']);
    expect((await list({ search: 'thon dong' })).total).toBe(4);
    expect(await fail('inspections.list', { sort: [{ column: 'unit_id', dir: 'asc' }] })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['sort', 0, 'column'], message: 'Không sắp xếp được theo cột "unit_id".' }],
    });
    expect(await fail('inspections.list', { filters: { visits: '1' } })).toMatchObject({
      issues: [{ path: ['filters', 'visits'], message: 'Không lọc được theo cột "visits".' }],
    });
  });
});
