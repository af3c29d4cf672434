import { call } from '../lib/api';
import type { ApiOutput } from '../../src-main/contract';
import type { UnitOption, UnitTreeSource } from '../components/unit-picker/unit-tree';
import { joinPath } from '../components/unit-picker/unit-tree';
import { foldForSearch } from '../../src-main/shared/fold';
import type { CellValue, GridSource, UnitResolver } from '../components/grid/types';
import type { ApiInput } from '../../src-main/contract';
import { conflictRecord, isVersioned, type WriteRefusal } from '../lib/stale-write';
import { asGridResult, optionalId, optionalText, readAll, readPatch, text, type FieldReader, type FieldSpec } from './cell-fields';

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
  const folded = foldForSearch(text);
  const rows = r.data.rows;
  const hit =
    rows.find((u) => u.code !== null && foldForSearch(u.code) === folded) ??
    rows.find((u) => foldForSearch(u.name) === folded) ??
    (rows.length === 1 ? rows[0] : undefined);
  return hit ? { id: hit.id, label: hit.name } : null;
};

// What a row sends: the core gives the id (a create refuses one).
type UnitFields = Omit<ApiInput<'units.create'>, 'id'>;
type UnitKind = UnitFields['kind'];
const isKind = (v: CellValue): v is UnitKind => typeof v === 'string' && v in UNIT_KIND_TITLES;
// Only read once `isKind` holds (an update of the kind cell, or a create that has one).
const kind: FieldReader<UnitKind> = (v) => (isKind(v) ? v : 'commune');
const missingKind = {
  ok: false as const,
  error: { code: 'VALIDATION', message: 'Chọn cấp đơn vị.', issues: [{ path: ['kind'], message: 'Chọn cấp đơn vị.' }] },
};

const spec: FieldSpec<UnitFields> = {
  code: optionalText,
  name: text,
  kind,
  subkind: optionalText,
  parentId: optionalId,
  validFrom: optionalText,
  validUntil: optionalText,
  note: optionalText,
};

/** The units grid, optionally limited to the children of the unit chosen in the tree. */
export function unitsSource(parentId: () => string | null): GridSource {
  return {
    list: async (q) => asGridResult(await call('units.list', parentId() ? { ...q, parentId: parentId() } : q)),
    update: async (rowId, patch, expectedVersion) =>
      asGridResult(await call('units.update', { ...readPatch(patch, spec), id: rowId, expectedVersion })),
    // The kind has no sensible default, and the typed input cannot carry "none": say so here.
    create: async (values) => (isKind(values.kind ?? null) ? asGridResult(await call('units.create', readAll(values, spec))) : missingKind),
    remove: async (rowId, expectedVersion) => asGridResult(await call('units.delete', { id: rowId, expectedVersion })),
    live: 'units',
  };
}

export type Unit = ApiOutput<'units.get'>;
const isUnit = (v: unknown): v is Unit => isVersioned(v) && 'validUntil' in v && 'successorId' in v;

/**
 * Ends a unit's validity after a date (records keep it). Null when saved; a unit changed meanwhile in
 * another window (stale `expectedVersion`) comes back as it is now.
 */
export async function retireUnit(input: ApiInput<'units.retire'>): Promise<WriteRefusal<Unit> | null> {
  const r = await call('units.retire', input);
  return r.ok ? null : { message: r.error.message, current: conflictRecord(r.error, isUnit) };
}

/** Merges a unit into its successor from a date; answers as retireUnit does. */
export async function mergeUnit(input: ApiInput<'units.merge'>): Promise<WriteRefusal<Unit> | null> {
  const r = await call('units.merge', input);
  return r.ok ? null : { message: r.error.message, current: conflictRecord(r.error, isUnit) };
}

/** What an import answered: how many units were (or, for a check, would be) created, or why nothing was saved, row by row. */
export type UnitImportResult =
  { ok: true; created: number } | { ok: false; message: string; issues: { line: number | null; message: string }[] };

/**
 * Imports a CSV or XLSX unit list, all or nothing. With `check`, the core runs the same import and
 * rolls it back: the answer is the preview of what saving would do, every problem included.
 */
export async function importUnits(file: File, check = false): Promise<UnitImportResult> {
  const format = file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const r = await call('units.import', { format, contentBase64: btoa(binary), ...(check ? { dryRun: true } : {}) });
  if (r.ok) return { ok: true, created: r.data.created };
  const issues = (r.error.issues ?? []).map((i) => ({ line: typeof i.path[1] === 'number' ? i.path[1] : null, message: i.message }));
  return { ok: false, message: r.error.message, issues };
}
