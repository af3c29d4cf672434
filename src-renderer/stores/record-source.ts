import type { z } from 'zod';
import { acceptsNull, type AnyKind } from '../../src-main/contract/records/define-kind';
import type { FieldDef } from '../../src-main/contract/records/kind-types';
import type { ApiError } from '../../src-main/contract';
import { call } from '../lib/api';
import type { CellPatch, CellValue, GridResult, GridSource } from '../components/grid/types';
import {
  asGridResult,
  count,
  id,
  optionalId,
  optionalText,
  readAll,
  readPatch,
  text,
  zeroCount,
  type FieldReader,
  type FieldSpec,
} from './cell-fields';

/** A number cell without a default: empty or not a number reads as NaN, which the core refuses in Vietnamese. */
const requiredNumber: FieldReader<number> = (v) => (typeof v === 'number' ? v : Number.NaN);

/** How a grid cell of this field is read into the method's input, from the field's cell kind and schema. */
function readerOf(f: FieldDef): FieldReader<unknown> {
  const nullable = acceptsNull(f);
  switch (f.cell) {
    case 'number':
    case 'year':
      return nullable ? count : f.default !== undefined ? zeroCount : requiredNumber;
    case 'unit':
    case 'catalogue':
      return nullable ? optionalId : id;
    case 'choice': {
      // The grid offers the choices only, so anything else means the field's default.
      const choices = Object.keys(f.choices ?? {});
      return (v: CellValue) => (typeof v === 'string' && choices.includes(v) ? v : f.default);
    }
    default:
      return nullable ? optionalText : text;
  }
}

/** The readers of every field of a kind. */
export function fieldReaders<K extends AnyKind>(kind: K): FieldSpec<z.input<K['createInput']>> {
  const readers = Object.fromEntries(Object.entries(kind.fields).map(([key, f]) => [key, readerOf(f)]));
  // One reader per field key, each giving a value of that field's type or one its schema refuses.
  return readers as FieldSpec<z.input<K['createInput']>>;
}

type KindCall = <T>(name: string, input: unknown) => Promise<{ ok: true; data: T } | { ok: false; error: ApiError }>;
// The names are `${kind.name}.<verb>`, methods of the kind's contract (kind-contract.ts), and the inputs
// come from the kind's own field readers; `call` cannot follow a name built at run time.
const callKind = call as unknown as KindCall;

/** Every field of a grid row, read for a create (what is missing reads as empty and the core says so). */
export function readRecord<K extends AnyKind>(kind: K, values: CellPatch): z.input<K['createInput']> {
  return readAll(values, fieldReaders(kind));
}

/** The grid source of a record kind: its list, and a create, update and delete of one row. */
export function recordSource<K extends AnyKind>(kind: K): GridSource {
  const spec = fieldReaders(kind);
  const n = kind.name;
  const create = async (values: CellPatch): Promise<GridResult<unknown>> =>
    asGridResult(await callKind(`${n}.create`, readAll(values, spec)));
  return {
    list: async (q) => asGridResult(await callKind<{ total: number; rows: { id: string }[] }>(`${n}.list`, q)),
    update: async (rowId, patch, expectedVersion) =>
      asGridResult(await callKind(`${n}.update`, { ...readPatch(patch, spec), id: rowId, expectedVersion })),
    create,
    remove: async (rowId, expectedVersion) => asGridResult(await callKind(`${n}.delete`, { id: rowId, expectedVersion })),
    live: n,
  };
}
