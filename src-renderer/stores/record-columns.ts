import type { AnyKind } from '../../src-main/contract/records/define-kind';
import type { FieldDef } from '../../src-main/contract/records/kind-types';
import type { CellOption, CellType, GridColumn } from '../components/grid/types';

/** What a page decides about a kind's grid column; the rest (header, cell type, sort, filter) comes from the kind. */
export interface ColumnLayout {
  width: number;
  /** For catalogue cells: the choices, loaded by the page's stores. */
  options?: () => readonly CellOption[];
}

/**
 * The grid columns of a record kind, in the layout's order: header and cell type from the field, the
 * name shown for an id (the unit's, or the field's `shownAs`), sortable when the list sorts by it,
 * filterable when the kind has a text or year filter of that name (the grid's filter box is free text).
 */
export function kindColumns<K extends AnyKind>(kind: K, layout: { readonly [F in keyof K['fields']]?: ColumnLayout }): GridColumn[] {
  const columns: GridColumn[] = [];
  for (const [key, place] of Object.entries(layout) as [string, ColumnLayout | undefined][]) {
    const f = kind.fields[key];
    if (!f || !place) continue;
    columns.push(column(kind, key, f, place));
  }
  return columns;
}

function column(kind: AnyKind, key: string, f: FieldDef, place: ColumnLayout): GridColumn {
  const out: GridColumn = { key, label: f.label, type: cellType(f), width: place.width };
  const labelKey = key === kind.unit.field ? 'unitName' : f.shownAs;
  if (labelKey) {
    out.labelKey = labelKey;
    out.queryKey = labelKey;
  }
  const options = place.options ?? choiceOptions(f);
  if (options) out.options = options;
  if (!kind.sortable.includes(labelKey ?? key)) out.sortable = false;
  const filter = kind.filters[key];
  if (!(filter && (filter.op === 'text' || filter.op === 'year'))) out.filterable = false;
  return out;
}

function cellType(f: FieldDef): CellType {
  return f.cell === 'choice' ? 'catalogue' : f.cell;
}

function choiceOptions(f: FieldDef): (() => readonly CellOption[]) | undefined {
  if (!f.choices) return undefined;
  const options = Object.entries(f.choices).map(([value, label]) => ({ value, label }));
  return () => options;
}
