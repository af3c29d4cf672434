/**
 * Types shared by the grid's headless logic and its Solid view. The grid knows nothing about a domain:
 * a page passes columns and a GridSource built by its store.
 */

/** How a cell is edited and shown. */
export type CellType = 'text' | 'number' | 'year' | 'date' | 'month' | 'catalogue' | 'unit';

/** A value as the API stores it: text, number, ISO date text, or an id. */
export type CellValue = string | number | null;

/** One choice of a catalogue dropdown. */
export interface CellOption {
  value: string;
  label: string;
}

export interface GridColumn {
  /** The API field name, also the key used in issues' paths. */
  key: string;
  /** Vietnamese header text. */
  label: string;
  type: CellType;
  width: number;
  readOnly?: boolean;
  /** Where the row carries the text to show when the value is an id (e.g. `unitName` for `unitId`). */
  labelKey?: string;
  /** For `catalogue` cells: the choices. */
  options?: () => readonly CellOption[];
  /** The column's ListQuery name for sort and filter, when it differs from `key` (e.g. `unitName`). */
  queryKey?: string;
  /** False when the list cannot sort by this column. */
  sortable?: boolean;
  /** False when the list cannot filter by this column. */
  filterable?: boolean;
  /** The filter is one of these choices (its value is the filter text), not free text. */
  filterOptions?: () => readonly CellOption[];
}

/** A row as a list returns it. */
export interface GridRow {
  id: string;
  [key: string]: unknown;
}

/**
 * Why a saved row cannot be changed here, shown as its tooltip (e.g. a record another office sent:
 * only that office changes it, through its next package); null when it can. The core refuses such
 * writes anyway: the grid only stops offering them.
 */
export type RowLock = (row: GridRow) => string | null;

/** One problem of a field, as the core reports it. */
export interface GridIssue {
  path: (string | number)[];
  message: string;
}

export interface GridError {
  code: string;
  message: string;
  issues?: GridIssue[];
  /** With CONFLICT (a stale expectedVersion): the record as another window saved it. */
  current?: GridRow;
}

export type GridResult<T> = { ok: true; data: T } | { ok: false; error: GridError };

/** The ListQuery every list method takes. */
export interface GridQuery {
  offset: number;
  limit: number;
  sort: { column: string; dir: 'asc' | 'desc' }[];
  filters: Record<string, string>;
  search: string;
}

export type CellPatch = Record<string, CellValue>;

/** The clerk's answer for new rows whose key has a record already: replace it, add to it, or skip the row. */
export type ExistingMode = 'replace' | 'add' | 'skip';

/**
 * What a page's store gives the grid: paging plus the three writes. `expectedVersion` is the row's
 * `version` as the grid last saw it; a source whose records are versioned passes it on, so a save
 * made against a stale copy comes back as CONFLICT instead of overwriting another window's change.
 */
export interface GridSource {
  list(query: GridQuery): Promise<GridResult<{ total: number; rows: GridRow[] }>>;
  update(id: string, patch: CellPatch, expectedVersion?: number): Promise<GridResult<unknown>>;
  /**
   * `onExisting`: what to do when the row's key already has a record (the clerk's answer to EXISTS);
   * without it such a create is refused with EXISTS. Sources without such a key ignore it.
   */
  create(values: CellPatch, onExisting?: ExistingMode): Promise<GridResult<unknown>>;
  remove(id: string, expectedVersion?: number): Promise<GridResult<unknown>>;
  /** The API domain whose saves (in any window) refresh this grid, e.g. 'sessions'. */
  live?: string;
  /** True when a create may be refused with EXISTS and the clerk is asked (outcomes): restored rows ask again. */
  asksOnExisting?: boolean;
}

/** Turns typed or pasted text of a unit cell into a unit id (by code or exact name). */
export type UnitResolver = (text: string) => Promise<{ id: string; label: string } | null>;

/** A cell's position in the visible list (server rows first, then draft rows). */
export interface CellRef {
  row: number;
  col: number;
}

/** A value with the text the clerk saw or typed. */
export interface CellEntry {
  value: CellValue;
  text: string;
}
