import { call } from '../lib/api';
import type { ApiOutput } from '../../src-main/core/api/contract';
import type { UnitOption, UnitTreeSource } from '../components/unit-picker/unit-tree';
import { joinPath } from '../components/unit-picker/unit-tree';
import { foldText } from '../components/grid/cell-text';
import type { UnitResolver } from '../components/grid/types';

type SearchRow = ApiOutput<'units.search'>['rows'][number];
type ChildRow = ApiOutput<'units.children'>['rows'][number];

/** Vietnamese names of the unit kinds (cấp đơn vị). */
export const UNIT_KIND_TITLES: Record<SearchRow['kind'], string> = {
  province: 'Tỉnh/thành phố',
  district: 'Huyện/quận/thị xã',
  commune: 'Xã/phường/đặc khu',
  residential_area: 'Khu dân cư',
  organisation: 'Cơ quan, doanh nghiệp, trường học',
};

function toOption(u: SearchRow | ChildRow, path: string): UnitOption {
  return { id: u.id, name: u.name, kind: u.kind, code: u.code, path, hasChildren: u.hasChildren, validUntil: u.validUntil };
}

/** The unit tree for pickers: search (diacritics ignored by the core) and children on demand. */
export const unitTreeSource: UnitTreeSource = {
  async search(query) {
    const r = await call('units.search', { query, limit: 50 });
    return r.ok ? r.data.rows.map((u) => toOption(u, joinPath(u.path.map((p) => p.name)))) : [];
  },
  async children(parentId) {
    const r = await call('units.children', { parentId });
    return r.ok ? r.data.rows.map((u) => toOption(u, joinPath(r.data.path.map((p) => p.name)))) : [];
  },
};

/**
 * A unit typed or pasted into a cell: by its code, else by its exact name (diacritics and case
 * ignored), else the only unit the search finds.
 */
export const resolveUnit: UnitResolver = async (text) => {
  const r = await call('units.search', { query: text, limit: 20 });
  if (!r.ok) return null;
  const folded = foldText(text);
  const rows = r.data.rows;
  const hit = rows.find((u) => u.code !== null && foldText(u.code) === folded) ?? rows.find((u) => foldText(u.name) === folded) ?? (rows.length === 1 ? rows[0] : undefined);
  return hit ? { id: hit.id, label: hit.name } : null;
};
