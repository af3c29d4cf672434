import { createSignal } from 'solid-js';
import { call } from '../lib/api';
import type { ApiOutput } from '../../src-main/core/api/contract';
import type { CellOption } from '../components/grid/types';

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
  return () => entries().filter((e) => e.catalogue === catalogue && !e.retired).map((e) => ({ value: e.id, label: e.name }));
}

/** The shared catalogue state, for the catalogue page. */
export const cataloguesStore = { entries, error };
