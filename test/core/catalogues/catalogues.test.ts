import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { assertCatalogueEntry, seededEntryId } from '../../../src-main/core/catalogues';
import { admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import type { ApiInput } from '../../../src-main/contract';

let core: Core;
beforeEach(async () => {
  core = await makeTestCore({ clock: () => new Date('2026-03-01T08:00:00Z') });
});
afterEach(() => core.close());

const list = async (input: ApiInput<'catalogues.list'>) => (await callOk(core, 'catalogues.list', input, viewer)).rows;

describe('the seeded catalogues', () => {
  it('hold the seven model types of the 2017 report first, then the common ones', async () => {
    const types = await list({ catalogue: 'model_type' });
    expect(types.slice(0, 7).map((e) => e.code)).toEqual([
      'XU_DAO_AN_TOAN',
      'DONG_HO_HIEU_HOC',
      'XOM_LIEN_GIA',
      'TIENG_KENG',
      'TU_QUAN_DOAN_THE',
      'CUM_LIEN_KET',
      'TU_QUAN_TU_PHONG',
    ]);
    expect(types.map((e) => e.name)).toContain('Camera an ninh');
    expect(types.length).toBeGreaterThan(20);
  });

  it('hold award forms, authorities, occasions, venue kinds, session forms and host organisations with fixed ids', async () => {
    expect((await list({ catalogue: 'award_form' })).map((e) => e.name)).toEqual([
      'Cờ thi đua',
      'Bằng khen',
      'Giấy khen',
      'Kỷ niệm chương',
    ]);
    expect((await list({ catalogue: 'awarding_authority' })).map((e) => e.name)).toEqual([
      'Bộ trưởng Bộ Công an',
      'Chủ tịch UBND tỉnh',
      'Giám đốc Công an tỉnh',
    ]);
    expect((await list({ catalogue: 'venue_kind' })).map((e) => e.name)).toEqual(['Cơ quan', 'Doanh nghiệp', 'Trường học', 'Khu dân cư']);
    expect((await list({ catalogue: 'occasion' })).length).toBe(3);
    expect((await list({ catalogue: 'session_form' })).map((e) => e.name)).toContain('Hội nghị ký cam kết');
    expect((await list({ catalogue: 'host_organisation' })).map((e) => e.name)).toContain('Hội Cựu chiến binh');
    expect(seededEntryId('award_form', 'BANG_KHEN')).toBe('ca7a1000-0000-4000-8000-050000000002');
    const all = await list({});
    expect(new Set(all.map((e) => e.catalogue)).size).toBe(7);
  });
});

describe('editing catalogues', () => {
  it('adds an entry at the end, renames it and keeps names unique per catalogue', async () => {
    const e = await callOk(core, 'catalogues.create', { catalogue: 'award_form', name: 'Huy hiệu' });
    expect(e).toMatchObject({ name: 'Huy hiệu', retired: false, sortOrder: 50, createdAt: '2026-03-01T08:00:00.000Z' });
    const renamed = await callOk(core, 'catalogues.rename', { id: e.id, name: 'Huy hiệu Công an', code: 'HH' });
    expect(renamed).toMatchObject({ name: 'Huy hiệu Công an', code: 'HH', sortOrder: 50 });
    const dup = await core.dispatch('catalogues.create', { catalogue: 'award_form', name: 'Bằng khen' }, admin);
    expect(dup.ok ? '' : dup.error.issues?.[0]).toEqual({
      path: ['name'],
      message: 'Danh mục "Hình thức khen thưởng" đã có mục "Bằng khen".',
    });
    const dupCode = await core.dispatch('catalogues.rename', { id: e.id, name: 'Huy hiệu', code: 'BANG_KHEN' }, admin);
    expect(dupCode.ok ? '' : dupCode.error.issues?.[0]?.path).toEqual(['code']);
    // The same name in another catalogue is fine.
    await callOk(core, 'catalogues.create', { catalogue: 'occasion', name: 'Bằng khen' });
  });

  it('retires and restores an entry: hidden from new records, kept for old ones', async () => {
    const id = seededEntryId('model_type', 'TIENG_KENG');
    await callOk(core, 'catalogues.retire', { id });
    expect((await list({ catalogue: 'model_type' })).map((e) => e.id)).not.toContain(id);
    const withRetired = await list({ catalogue: 'model_type', includeRetired: true });
    expect(withRetired.find((e) => e.id === id)).toMatchObject({ retired: true, retiredAt: '2026-03-01T08:00:00.000Z' });
    expect(() => assertCatalogueEntry(core.env.store, 'model_type', id, ['typeId'])).toThrow(/đã ngừng sử dụng/);
    expect(() => assertCatalogueEntry(core.env.store, 'model_type', id, ['typeId'], { allowRetired: true })).not.toThrow();
    await callOk(core, 'catalogues.restore', { id });
    expect(() => assertCatalogueEntry(core.env.store, 'model_type', id, ['typeId'])).not.toThrow();
  });

  it('checks that an entry belongs to the expected catalogue', () => {
    const db = core.env.store;
    expect(() => assertCatalogueEntry(db, 'model_type', seededEntryId('award_form', 'GIAY_KHEN'), ['typeId'])).toThrow(
      /"Giấy khen" không thuộc danh mục "Loại mô hình"/,
    );
    expect(() => assertCatalogueEntry(db, 'award_form', '0b9a4f4e-1d7a-4c55-9a57-6f4b8f3c2d10', ['formId'])).toThrow(/Không tìm thấy mục/);
  });

  it('deletes an unused entry; only an admin edits catalogues', async () => {
    const e = await callOk(core, 'catalogues.create', { catalogue: 'venue_kind', name: 'Bệnh viện' });
    const asClerk = await core.dispatch('catalogues.delete', { id: e.id }, clerk);
    expect(asClerk.ok ? 'ok' : asClerk.error.code).toBe('FORBIDDEN');
    await callOk(core, 'catalogues.delete', { id: e.id });
    expect((await list({ catalogue: 'venue_kind' })).map((x) => x.name)).not.toContain('Bệnh viện');
  });

  it('never deletes a seeded entry, whose fixed id others rely on', async () => {
    const r = await core.dispatch('catalogues.delete', { id: seededEntryId('occasion', 'DOT_XUAT') }, admin);
    expect(r.ok ? '' : `${r.error.code} ${r.error.message}`).toMatch(/^CONFLICT "Đột xuất, chuyên đề" là mục có sẵn/);
  });

  it('answers bad input with Vietnamese issues', async () => {
    const cases: [unknown, string][] = [
      [{ catalogue: 'colours', name: 'Đỏ' }, 'catalogue'],
      [{ catalogue: 'award_form', name: ' ' }, 'name'],
      [{ catalogue: 'award_form', name: 'x'.repeat(201) }, 'name'],
      [{ catalogue: 'award_form', name: 'A', code: 'c'.repeat(41) }, 'code'],
      [{ catalogue: 'award_form', name: 'A', sortOrder: 1.5 }, 'sortOrder'],
    ];
    for (const [input, path] of cases) {
      const r = await core.dispatch('catalogues.create', input, admin);
      expect(r.ok ? null : r.error.issues?.[0]?.path).toEqual([path]);
      expect(r.ok ? '' : r.error.message).toMatch(/[àáảãạăâđêôơư]/i);
    }
    const missing = await core.dispatch('catalogues.retire', { id: '0b9a4f4e-1d7a-4c55-9a57-6f4b8f3c2d10' }, admin);
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
  });
});
