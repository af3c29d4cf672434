import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { assertUnitValidOn, resolveUnitAsOf } from '../../../src-main/core/units';
import { admin, callOk, clerk, makeTestCore } from '../../fixtures/core';
import { aProvinceTree, aUnit } from './builders';

let core: Core;
beforeEach(async () => {
  core = await makeTestCore();
});
afterEach(() => core.close());

describe('retiring and merging units', () => {
  it('keeps a unit retired in 2025 valid for a 2017 record and not for a 2026 one', async () => {
    const t = await aProvinceTree(core);
    const db = core.env.store;
    expect(assertUnitValidOn(db, t.district.id, '2017-06-15', ['unitId']).name).toBe('Huyện Gia Lộc');
    expect(() => assertUnitValidOn(db, t.district.id, '2026-01-10', ['unitId'])).toThrow(
      /đến 30\/06\/2025, không có vào ngày 10\/01\/2026/,
    );
    expect(() => assertUnitValidOn(db, t.newCommune.id, '2017-06-15', ['unitId'])).toThrow(/từ 01\/07\/2025/);
    expect(() => assertUnitValidOn(db, '0b9a4f4e-1d7a-4c55-9a57-6f4b8f3c2d10', '2017-06-15', ['unitId'])).toThrow(/Không tìm thấy đơn vị/);
  });

  it('merges into a successor so reports map old records forward by date', async () => {
    const t = await aProvinceTree(core);
    const merged = await callOk(core, 'units.merge', { id: t.oldCommune.id, successorId: t.newCommune.id, validUntil: '2025-06-30' });
    expect(merged).toMatchObject({ successorId: t.newCommune.id, validUntil: '2025-06-30' });
    const db = core.env.store;
    expect(resolveUnitAsOf(db, t.oldCommune.id, '2017-06-15')).toBe(t.oldCommune.id);
    expect(resolveUnitAsOf(db, t.oldCommune.id, '2025-06-30')).toBe(t.oldCommune.id);
    expect(resolveUnitAsOf(db, t.oldCommune.id, '2026-01-01')).toBe(t.newCommune.id);
    expect(resolveUnitAsOf(db, t.district.id, '2026-01-01')).toBe(t.district.id);
    const viaApi = await callOk(core, 'units.resolveAsOf', { id: t.oldCommune.id, asOf: '2026-01-01' });
    expect(viaApi).toMatchObject({ id: t.newCommune.id, path: [{ name: 'Hải Dương' }] });
  });

  it('follows a chain of merges', async () => {
    const p = await aUnit(core, { name: 'Tỉnh A', kind: 'province', validUntil: '2020-12-31' });
    const q = await aUnit(core, { name: 'Tỉnh B', kind: 'province', validFrom: '2021-01-01', validUntil: '2025-06-30' });
    const r = await aUnit(core, { name: 'Thành phố C', kind: 'province', validFrom: '2025-07-01' });
    await callOk(core, 'units.merge', { id: p.id, successorId: q.id, validUntil: '2020-12-31' });
    await callOk(core, 'units.merge', { id: q.id, successorId: r.id, validUntil: '2025-06-30' });
    expect(resolveUnitAsOf(core.env.store, p.id, '2023-01-01')).toBe(q.id);
    expect(resolveUnitAsOf(core.env.store, p.id, '2026-01-01')).toBe(r.id);
    const loop = await core.dispatch('units.merge', { id: r.id, successorId: p.id, validUntil: '2030-01-01' }, admin);
    expect(loop.ok ? 'ok' : loop.error.code).toBe('VALIDATION');
  });

  it('refuses a merge target of another kind, itself, or not yet valid', async () => {
    const t = await aProvinceTree(core);
    const kind = await core.dispatch('units.merge', { id: t.oldCommune.id, successorId: t.district.id, validUntil: '2025-06-30' }, admin);
    expect(kind.ok ? '' : kind.error.issues?.[0]?.message).toMatch(/phải cùng cấp/);
    const self = await core.dispatch('units.merge', { id: t.oldCommune.id, successorId: t.oldCommune.id, validUntil: '2025-06-30' }, admin);
    expect(self.ok ? '' : self.error.message).toMatch(/chính nó/);
    const early = await core.dispatch(
      'units.merge',
      { id: t.oldCommune.id, successorId: t.newCommune.id, validUntil: '2024-12-31' },
      admin,
    );
    expect(early.ok ? '' : early.error.message).toMatch(/không có hiệu lực vào ngày 01\/01\/2025/);
  });

  it('retires a unit from a date, not before it began, and only as admin', async () => {
    const t = await aProvinceTree(core);
    const r = await callOk(core, 'units.retire', { id: t.area.id, validUntil: '2026-12-31' });
    expect(r.validUntil).toBe('2026-12-31');
    const before = await core.dispatch('units.retire', { id: t.newCommune.id, validUntil: '2025-01-01' }, admin);
    expect(before.ok ? '' : before.error.message).toMatch(/từ 01\/07\/2025/);
    const asClerk = await core.dispatch('units.retire', { id: t.area.id, validUntil: '2026-12-31' }, clerk);
    expect(asClerk.ok ? 'ok' : asClerk.error.code).toBe('FORBIDDEN');
  });
});

describe('undoing and bad input', () => {
  it('restores a merged unit: valid again, no successor, records map to it again', async () => {
    const t = await aProvinceTree(core);
    await callOk(core, 'units.merge', { id: t.oldCommune.id, successorId: t.newCommune.id, validUntil: '2025-06-30' });
    const back = await callOk(core, 'units.restore', { id: t.oldCommune.id });
    expect(back).toMatchObject({ validUntil: null, successorId: null });
    expect(resolveUnitAsOf(core.env.store, t.oldCommune.id, '2026-01-01')).toBe(t.oldCommune.id);
  });

  it('answers bad retire and merge input with Vietnamese issues on each field', async () => {
    const t = await aProvinceTree(core);
    const cases: [string, unknown, string][] = [
      ['units.retire', { id: 'x', validUntil: '2025-06-30' }, 'id'],
      ['units.retire', { id: t.area.id, validUntil: '30/06/2025' }, 'validUntil'],
      ['units.merge', { id: t.oldCommune.id, successorId: 'x', validUntil: '2025-06-30' }, 'successorId'],
      ['units.merge', { id: t.oldCommune.id, successorId: t.newCommune.id }, 'validUntil'],
      ['units.resolveAsOf', { id: t.oldCommune.id, asOf: '2025-02-29' }, 'asOf'],
    ];
    for (const [name, input, path] of cases) {
      const r = await core.dispatch(name, input, admin);
      expect(r.ok ? [] : r.error.issues?.map((i) => i.path[0]), name).toEqual([path]);
      expect(r.ok ? '' : r.error.message).toMatch(/[ạảãàáâăêôơưđ]/);
    }
    const missing = await core.dispatch(
      'units.merge',
      { id: t.oldCommune.id, successorId: '0b9a4f4e-1d7a-4c55-9a57-6f4b8f3c2d10', validUntil: '2025-06-30' },
      admin,
    );
    expect(missing.ok ? '' : missing.error.message).toMatch(/Không tìm thấy đơn vị tiếp nhận/);
  });
});

describe('units.delete', () => {
  it('deletes an unused unit', async () => {
    const t = await aProvinceTree(core);
    await callOk(core, 'units.delete', { id: t.school.id });
    const r = await core.dispatch('units.get', { id: t.school.id }, admin);
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
  });

  it('refuses a unit with children, and one another unit was merged into, in Vietnamese', async () => {
    const t = await aProvinceTree(core);
    const parent = await core.dispatch('units.delete', { id: t.newCommune.id }, admin);
    expect(parent.ok ? '' : `${parent.error.code} ${parent.error.message}`).toMatch(/^CONFLICT .*còn 2 đơn vị trực thuộc/);
    await callOk(core, 'units.delete', { id: t.area.id });
    await callOk(core, 'units.delete', { id: t.school.id });
    await callOk(core, 'units.merge', { id: t.oldCommune.id, successorId: t.newCommune.id, validUntil: '2025-06-30' });
    const successor = await core.dispatch('units.delete', { id: t.newCommune.id }, admin);
    expect(successor.ok ? '' : `${successor.error.code} ${successor.error.message}`).toMatch(/^CONFLICT .*hết hiệu lực hoặc sáp nhập/);
    expect(core.env.store.get('SELECT name FROM units WHERE id = ?', [t.newCommune.id])).toEqual({ name: 'Xã Gia Lộc' });
  });
});
