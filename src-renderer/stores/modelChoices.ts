import { createSignal } from 'solid-js';
import { call } from '../lib/api';
import type { CellOption } from '../components/grid/types';

/**
 * Choices for the "organising model" cell of sessions and outcomes (mô hình tổ chức): models in
 * Vietnamese name order, each labelled with its unit because many places run a model of the same name.
 * One page of the list (the API's largest) is enough for a province's models of recent years.
 */
const [choices, setChoices] = createSignal<readonly CellOption[]>([]);

/** Loads the choices afresh each time a page opens, so a model entered a moment ago is there. */
export async function loadModelChoices(): Promise<void> {
  const r = await call('models.list', { limit: 1000, sort: [{ column: 'name', dir: 'asc' }] });
  if (r.ok) setChoices(r.data.rows.map((m) => ({ value: m.id, label: `${m.name} (${m.unitName})` })));
}

/** The dropdown choices, for a column's `options`. */
export const modelOptions = (): readonly CellOption[] => choices();
