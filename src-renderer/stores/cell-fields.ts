import type { CellPatch, CellValue, GridError, GridResult } from '../components/grid/types';
import type { ApiError } from '../../src-main/contract';

/**
 * Reading a grid's cell values into a method's typed input. The grid's values are already converted
 * by column type; a value of the wrong kind becomes one the core's schema rejects with its own
 * Vietnamese message (the schema is the only validation).
 */
export type FieldReader<T> = (v: CellValue) => T;

export const text: FieldReader<string> = (v) => (v === null ? '' : String(v));
export const optionalText: FieldReader<string | null> = (v) => (v === null ? null : String(v));
export const count: FieldReader<number | null> = (v) => (v === null ? null : typeof v === 'number' ? v : Number.NaN);
/** A count whose empty cell means 0 (sessions and outcomes keep no 'unknown' counts). */
export const zeroCount: FieldReader<number> = (v) => (v === null ? 0 : typeof v === 'number' ? v : Number.NaN);
export const id: FieldReader<string> = (v) => (v === null ? '' : String(v));
export const optionalId: FieldReader<string | null> = (v) => (v === null || v === '' ? null : String(v));

export type FieldSpec<T> = { [K in keyof T]-?: FieldReader<T[K]> };

/** The fields of a patch that the spec knows (an update sends only the edited cells). */
export function readPatch<T extends object>(patch: CellPatch, spec: FieldSpec<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keysOf(spec)) if (key in patch) out[key] = spec[key](patch[key as string] ?? null);
  return out;
}

/** Every field of the spec (a create sends all; what is missing reads as empty and the core says so). */
export function readAll<T extends object>(values: CellPatch, spec: FieldSpec<T>): T {
  const out = {} as T;
  for (const key of keysOf(spec)) out[key] = spec[key](values[key as string] ?? null);
  return out;
}

function keysOf<T extends object>(o: T): (keyof T)[] {
  return Object.keys(o) as (keyof T)[];
}

/** An API result as the grid reads it (same shape; the error's fields are plain data). */
export function asGridResult<T>(r: { ok: true; data: T } | { ok: false; error: ApiError }): GridResult<T> {
  if (r.ok) return r;
  const error: GridError = { code: r.error.code, message: r.error.message, issues: r.error.issues };
  const current = r.error.current;
  if (typeof current === 'object' && current !== null && 'id' in current && typeof current.id === 'string') {
    error.current = { ...current, id: current.id };
  }
  return { ok: false, error };
}
