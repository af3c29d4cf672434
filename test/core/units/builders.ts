import type { Core } from '../../../src-main/core/app/open-core';
import type { UnitNode } from '../../../src-main/core/units';
import { admin, callOk } from '../../fixtures/core';

/** Input of units.create as tests write it. */
export interface UnitSpec {
  name: string;
  kind: 'province' | 'district' | 'commune' | 'residential_area' | 'organisation';
  parentId?: string | null;
  code?: string | null;
  subkind?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
}

/** Creates a unit through the dispatcher (so every rule runs) and returns it. */
export function aUnit(core: Core, spec: UnitSpec): Promise<UnitNode> {
  return callOk(core, 'units.create', spec, admin);
}

/**
 * A small province as of both eras: a district abolished on 30/06/2025 with a 2017 commune merged into
 * a 2025 commune under the province, a residential area and an organisation.
 */
export async function aProvinceTree(core: Core) {
  const province = await aUnit(core, { name: 'Hải Dương', kind: 'province', code: '30' });
  const district = await aUnit(core, {
    name: 'Huyện Gia Lộc',
    kind: 'district',
    parentId: province.id,
    code: '297',
    validUntil: '2025-06-30',
  });
  const oldCommune = await aUnit(core, {
    name: 'Xã Đoàn Thượng',
    kind: 'commune',
    parentId: district.id,
    code: '10930',
    validUntil: '2025-06-30',
  });
  const newCommune = await aUnit(core, {
    name: 'Xã Gia Lộc',
    kind: 'commune',
    parentId: province.id,
    code: 'X-GL',
    validFrom: '2025-07-01',
  });
  const area = await aUnit(core, { name: 'Thôn Đặng Xá', kind: 'residential_area', parentId: newCommune.id, subkind: 'thôn' });
  const school = await aUnit(core, { name: 'Trường THPT Nguyễn Văn Cừ', kind: 'organisation', parentId: newCommune.id });
  return { province, district, oldCommune, newCommune, area, school };
}
