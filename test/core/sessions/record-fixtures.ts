import { randomUUID } from 'node:crypto';
import type { Core } from '../../../src-main/core/app/open-core';
import { foldForSearch } from '../../../src-main/core/text/fold';
import { sortKey } from '../../../src-main/core/text/sort-key';
import { seededEntryId } from '../../../src-main/core/catalogues';
import { callOk } from '../../fixtures/core';

/** Catalogue entries seeded by migration 11 that the record tests use. */
export const VENUE_RESIDENTIAL = seededEntryId('venue_kind', 'KHU_DAN_CU');
export const VENUE_SCHOOL = seededEntryId('venue_kind', 'TRUONG_HOC');
export const FORM_TALK = seededEntryId('session_form', 'NOI_CHUYEN_CHUYEN_DE');
export const FORM_COMMITMENT = seededEntryId('session_form', 'KY_CAM_KET');

export interface UnitSpec {
  name: string;
  kind: 'province' | 'district' | 'commune' | 'residential_area' | 'organisation';
  parentId?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
}

/**
 * Adds a unit straight into the store: the record tests need units, not the units API (tested by its
 * owner), and this keeps them independent of that API's shape.
 */
export function aUnit(core: Core, spec: UnitSpec): string {
  const id = randomUUID();
  const now = '2026-01-01T00:00:00.000Z';
  core.env.store.write((tx) =>
    tx.run(
      `INSERT INTO units (id, code, name, name_search, name_sort, kind, parent_id, valid_from, valid_until, created_at, updated_at)
       VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, spec.name, foldForSearch(spec.name), sortKey(spec.name), spec.kind, spec.parentId ?? null, spec.validFrom ?? null, spec.validUntil ?? null, now, now],
    ),
  );
  return id;
}

/** A small tree: a province, a district abolished on 1/7/2025, a commune under each, a residential area, a school. */
export function aUnitTree(core: Core) {
  const province = aUnit(core, { name: 'Tỉnh Hải Dương', kind: 'province', validUntil: '2025-06-30' });
  const city = aUnit(core, { name: 'Thành phố Hải Phòng', kind: 'province' });
  const district = aUnit(core, { name: 'Huyện Gia Lộc', kind: 'district', parentId: province, validUntil: '2025-06-30' });
  const oldCommune = aUnit(core, { name: 'Xã Đồng Quang', kind: 'commune', parentId: district, validUntil: '2025-06-30' });
  const commune = aUnit(core, { name: 'Phường Ái Quốc', kind: 'commune', parentId: city, validFrom: '2025-07-01' });
  const area = aUnit(core, { name: 'Thôn Đông Hà', kind: 'residential_area', parentId: commune, validFrom: '2025-07-01' });
  const school = aUnit(core, { name: 'Trường THPT Nguyễn Trãi', kind: 'organisation', parentId: commune, validFrom: '2025-07-01' });
  return { province, city, district, oldCommune, commune, area, school };
}

/** Marks a catalogue entry retired (what the catalogue page does to an entry in use). */
export function retireEntry(core: Core, id: string): void {
  core.env.store.write((tx) => tx.run('UPDATE catalogue_entries SET retired_at = ? WHERE id = ?', ['2026-01-01', id]));
}

/** A fixed clock for record tests: 15/11/2026, 10:00 in Vietnam. */
export const testClock = () => new Date('2026-11-15T03:00:00.000Z');

/** Adds a security model (mô hình) through its API, for records that name their model. */
export async function aModel(core: Core, unitId: string, name: string): Promise<string> {
  const model = await callOk<{ id: string }>(core, 'models.create', { typeId: seededEntryId('model_type', 'TIENG_KENG'), name, unitId, foundedOn: '2020-01-01' });
  return model.id;
}
