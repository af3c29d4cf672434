import { createSignal } from 'solid-js';
import { call } from '../lib/api';
import type { CellOption, GridColumn, GridRow } from '../components/grid/types';

/**
 * The origin office of the travelling kinds' records (issue 13 item 4): one column "Nguồn" with the
 * office's name, filtered by "own / other offices / one office", and the lock of rows another office
 * owns. The lists give `originOfficeName` and `fromOtherOffice` the same way for every kind.
 */
const BY_SCOPE: readonly CellOption[] = [
  { value: 'own', label: 'Của đơn vị mình' },
  { value: 'other', label: 'Của đơn vị khác' },
];
const [offices, setOffices] = createSignal<readonly CellOption[]>([]);

/** The registered offices (id and name), as last loaded by loadOriginOffices. */
export const originOffices = offices;

/** Loads the registered offices for the filter, afresh each time a page opens (one may have been added). */
export async function loadOriginOffices(): Promise<void> {
  const r = await call('offices.list', {});
  if (r.ok) setOffices(r.data.map((o) => ({ value: o.id, label: o.name })));
}

/**
 * The column, placed last: a read-only column amid the others would shift a paste laid out like the
 * Excel template (a paste skips read-only columns). The core fills it; the column chooser can hide it.
 */
export const originColumn: GridColumn = {
  key: 'originOfficeId',
  label: 'Nguồn',
  type: 'text',
  width: 190,
  readOnly: true,
  labelKey: 'originOfficeName',
  queryKey: 'origin',
  sortable: false,
  filterOptions: () => [...BY_SCOPE, ...offices()],
};

/**
 * A record another office sent is changed only by that office's next package: the grid offers no
 * edit, paste or delete on it, and says so (the core refuses such writes with FORBIDDEN anyway).
 */
export function originLock(row: GridRow): string | null {
  if (row.fromOtherOffice !== true) return null;
  const name = typeof row.originOfficeName === 'string' ? row.originOfficeName : String(row.originOfficeId ?? 'đơn vị khác');
  return `Bản ghi của ${name}: chỉ đơn vị đó sửa được qua gói dữ liệu.`;
}
