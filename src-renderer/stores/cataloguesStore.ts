import { createSignal } from 'solid-js';
import { call } from '../lib/api';
import type { ApiOutput } from '../../src-main/contract';
import type { CellOption, GridQuery, GridSource } from '../components/grid/types';
import { foldForSearch } from '../../src-main/shared/fold';
import { asGridResult, optionalText, text } from './cell-fields';

const requiredCount = (v: string | number | null): number | undefined => (typeof v === 'number' ? v : undefined);

/** One catalogue entry (mục danh mục) as the API returns it. */
export type CatalogueEntry = ApiOutput<'catalogues.list'>['rows'][number];
export type CatalogueName = CatalogueEntry['catalogue'];

/** Vietnamese names of the catalogues, in the order of the catalogue page's tabs. */
export const CATALOGUE_TITLES: Record<CatalogueName, string> = {
  model_type: 'Loại mô hình',
  host_organisation: 'Đơn vị chủ trì (đoàn thể)',
  session_form: 'Hình thức tuyên truyền',
  venue_kind: 'Loại địa điểm',
  award_form: 'Hình thức khen thưởng',
  awarding_authority: 'Cấp khen thưởng',
  occasion: 'Đợt khen thưởng',
};

const [entries, setEntries] = createSignal<readonly CatalogueEntry[]>([]);
const [error, setError] = createSignal<string | null>(null);
let loading: Promise<void> | null = null;

/** Loads every catalogue (they are small) once; later calls reuse it until `refresh`. */
export function loadCatalogues(): Promise<void> {
  loading ??= refreshCatalogues();
  return loading;
}

export async function refreshCatalogues(): Promise<void> {
  const r = await call('catalogues.list', { includeRetired: true });
  if (r.ok) {
    setEntries(r.data.rows);
    setError(null);
  } else setError(r.error.message);
}

/** The dropdown choices of a catalogue: entries in use (retired ones only name old records). */
export function catalogueOptions(catalogue: CatalogueName): () => readonly CellOption[] {
  return () =>
    entries()
      .filter((e) => e.catalogue === catalogue && !e.retired)
      .map((e) => ({ value: e.id, label: e.name }));
}

/** The shared catalogue state, for the catalogue page. */
export const cataloguesStore = { entries, error };

const collator = new Intl.Collator('vi', { numeric: true });

/**
 * Orders a catalogue's entries as the grid asks. Catalogues are a few dozen entries held whole, so this
 * one list is sorted here (Vietnamese collation) rather than in SQL like every long list.
 */
function byColumns(sort: GridQuery['sort']) {
  return (a: Record<string, unknown>, b: Record<string, unknown>): number => {
    for (const s of sort) {
      const x = a[s.column];
      const y = b[s.column];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x ?? ''), String(y ?? ''));
      if (c !== 0) return s.dir === 'desc' ? -c : c;
    }
    return 0;
  };
}

/** A grid over one catalogue. Catalogues are short, so one call brings all entries; pages are cut here. */
export function catalogueSource(catalogue: CatalogueName): GridSource {
  let held: CatalogueEntry[] = [];
  return {
    async list(q) {
      const r = await call('catalogues.list', { catalogue, includeRetired: true });
      if (!r.ok) return asGridResult(r);
      held = r.data.rows;
      const words = foldForSearch(q.search).split(' ').filter(Boolean);
      const nameFilter = foldForSearch(q.filters.name ?? '');
      const rows = held
        .filter(
          (e) => words.every((w) => foldForSearch(`${e.name} ${e.code ?? ''}`).includes(w)) && foldForSearch(e.name).includes(nameFilter),
        )
        .map((e) => ({ ...e, state: e.retired ? 'retired' : 'active' }))
        .sort(byColumns(q.sort));
      return { ok: true, data: { total: rows.length, rows: rows.slice(q.offset, q.offset + q.limit) } };
    },
    async update(rowId, patch, expectedVersion) {
      const current = held.find((e) => e.id === rowId);
      const input = {
        id: rowId,
        expectedVersion,
        name: 'name' in patch ? text(patch.name ?? null) : (current?.name ?? ''),
        code: 'code' in patch ? optionalText(patch.code ?? null) : (current?.code ?? null),
        sortOrder: 'sortOrder' in patch ? requiredCount(patch.sortOrder ?? null) : current?.sortOrder,
      };
      const r = await call('catalogues.rename', input);
      if (r.ok) await refreshCatalogues();
      return asGridResult(r);
    },
    async create(values) {
      const sortOrder = typeof values.sortOrder === 'number' ? values.sortOrder : undefined;
      const r = await call('catalogues.create', {
        catalogue,
        name: text(values.name ?? null),
        code: optionalText(values.code ?? null),
        sortOrder,
      });
      if (r.ok) await refreshCatalogues();
      return asGridResult(r);
    },
    remove: async (rowId, expectedVersion) => asGridResult(await call('catalogues.delete', { id: rowId, expectedVersion })),
    live: 'catalogues',
  };
}

/** Retires an entry (records keep it) or puts a retired one back in use. Returns the error message, if any. */
export async function setEntryRetired(entryId: string, retired: boolean): Promise<string | null> {
  const r = retired ? await call('catalogues.retire', { id: entryId }) : await call('catalogues.restore', { id: entryId });
  if (r.ok) await refreshCatalogues();
  return r.ok ? null : r.error.message;
}
