import { z } from 'zod';
import { noCallerId, recordId } from './record-fields';
import { expectedVersion, recordVersion } from './record-version';
import type { DerivedDef, FieldDef, KindDecl, MethodSummaries } from './kind-types';

/**
 * A record kind (sessions, outcomes, registrations…) declared once as data, with the schemas every
 * other layer derives from it: the standard methods' inputs and output (kind-contract.ts), the SQL and
 * handlers (core/records/kind-*.ts), the grid source (src-renderer/stores/record-source.ts) and the
 * import/export column map (column-map.ts). Domain rules stay hand-written beside the kind.
 */

type Fields = Readonly<Record<string, FieldDef>>;
type RecordIdSchema = ReturnType<typeof recordId>;
type ExpectedVersion = typeof expectedVersion;
type NoCallerId = typeof noCallerId;
type Flat<T> = { [K in keyof T]: T[K] };
type HasDefault<F> = F extends { default: unknown } ? true : false;

/** `create`: fields with a default may be left out; the core gives the id, a caller's `id` is refused (noCallerId). */
type CreateShape<F extends Fields> = Flat<
  { [K in keyof F]: HasDefault<F[K]> extends true ? z.ZodDefault<F[K]['schema']> : F[K]['schema'] } & NoCallerId
>;
/** `update`: a patch by id; absent fields keep their value; `expectedVersion` refuses a stale write (CONFLICT). */
type UpdateShape<F extends Fields> = Flat<
  { [K in keyof F]: z.ZodOptional<F[K]['schema']> } & { id: RecordIdSchema; expectedVersion: ExpectedVersion }
>;
/** `delete`: by id, refused (CONFLICT) when `expectedVersion` is given and stale. */
type DeleteShape = { id: RecordIdSchema; expectedVersion: ExpectedVersion };
/** An upsert (e.g. outcomes.save): fields with a default may be left out and are not filled in. */
type UpsertShape<F extends Fields> = { [K in keyof F]: HasDefault<F[K]> extends true ? z.ZodOptional<F[K]['schema']> : F[K]['schema'] };

type MaybeNull<F extends FieldDef, T extends z.ZodType> = null extends z.output<F['schema']> ? z.ZodNullable<T> : T;
type OutOf<F extends FieldDef> = F extends { out: infer O extends z.ZodType }
  ? O
  : F['cell'] extends 'choice'
    ? F['schema']
    : F['cell'] extends 'number' | 'year'
      ? MaybeNull<F, z.ZodNumber>
      : MaybeNull<F, z.ZodString>;
type OutputShape<F extends Fields, D extends Readonly<Record<string, DerivedDef>>, C extends Readonly<Record<string, z.ZodType>>> = Flat<
  { id: z.ZodString; unitName: z.ZodString; unitCode: z.ZodNullable<z.ZodString> } & { [K in keyof F]: OutOf<F[K]> } & {
    [K in keyof D]: D[K]['out'];
  } & C & { version: typeof recordVersion; createdAt: z.ZodString; updatedAt: z.ZodString }
>;

/** A declared kind with its derived schemas. */
export type Kind<
  P extends string = string,
  F extends Fields = Fields,
  D extends Readonly<Record<string, DerivedDef>> = Readonly<Record<string, DerivedDef>>,
  C extends Readonly<Record<string, z.ZodType>> = Readonly<Record<string, z.ZodType>>,
  M extends MethodSummaries = MethodSummaries,
> = KindDecl<P, F, D, C, M> & {
  createInput: z.ZodObject<CreateShape<F>>;
  updateInput: z.ZodObject<UpdateShape<F>>;
  upsertInput: z.ZodObject<UpsertShape<F>>;
  idInput: z.ZodObject<{ id: RecordIdSchema }>;
  deleteInput: z.ZodObject<DeleteShape>;
  output: z.ZodObject<OutputShape<F, D, C>>;
  /** Checks ListQuery.filters: only the declared filters, each by its schema. */
  filterSchema: z.ZodType<Record<string, unknown>>;
  /** The ListQuery sort columns the list accepts. */
  sortable: readonly string[];
};

/** Any kind, for code that works on every kind (each kind's own schemas are narrower versions of these). */
export type AnyKind = KindDecl & {
  createInput: z.ZodObject;
  updateInput: z.ZodObject;
  upsertInput: z.ZodObject;
  idInput: z.ZodObject<{ id: RecordIdSchema }>;
  deleteInput: z.ZodObject<DeleteShape>;
  output: z.ZodObject;
  filterSchema: z.ZodType<Record<string, unknown>>;
  sortable: readonly string[];
};

/** What a record of the kind stores: the create input after defaults, without the id. */
export type RecordFields<K extends AnyKind> = Omit<z.output<K['createInput']>, 'id'>;

/** A record as the API returns it. */
export type RecordOut<K extends AnyKind> = z.output<K['output']>;

/** Declares a record kind and derives its schemas. */
export function defineKind<
  const P extends string,
  const F extends Fields,
  const D extends Readonly<Record<string, DerivedDef>> = Record<never, DerivedDef>,
  const C extends Readonly<Record<string, z.ZodType>> = Record<never, z.ZodType>,
  const M extends MethodSummaries = MethodSummaries,
>(decl: KindDecl<P, F, D, C, M>): Kind<P, F, D, C, M> {
  const entries = Object.entries(decl.fields);
  const create = Object.fromEntries(entries.map(([k, f]) => [k, f.default === undefined ? f.schema : f.schema.default(f.default)]));
  const update = Object.fromEntries(entries.map(([k, f]) => [k, f.schema.optional()]));
  const upsert = Object.fromEntries(entries.map(([k, f]) => [k, f.default === undefined ? f.schema : f.schema.optional()]));
  const filters = Object.fromEntries(Object.entries(decl.filters).map(([k, f]) => [k, f.schema]));
  const derived: Readonly<Record<string, DerivedDef>> = decl.derived ?? {};
  const derivedSortable = Object.entries(derived).flatMap(([k, d]) => (d.sort ? [k] : []));
  // The shapes above are built from the declaration's entries, which TypeScript cannot follow key by key;
  // the mapped types (CreateShape…) state what they are.
  return {
    ...decl,
    createInput: z.object({ ...create, ...noCallerId }) as unknown as z.ZodObject<CreateShape<F>>,
    updateInput: z.object({ ...update, id: recordId('Mã bản ghi'), expectedVersion }) as unknown as z.ZodObject<UpdateShape<F>>,
    upsertInput: z.object(upsert) as unknown as z.ZodObject<UpsertShape<F>>,
    idInput: z.object({ id: recordId(decl.idLabel) }),
    deleteInput: z.object({ id: recordId(decl.idLabel), expectedVersion }),
    output: outputSchema(decl.fields, derived, decl.computed ?? {}) as unknown as z.ZodObject<OutputShape<F, D, C>>,
    filterSchema: z.object(filters).partial().strict() as z.ZodType<Record<string, unknown>>,
    sortable: [...entries.flatMap(([k, f]) => (f.sort ? [k] : [])), 'unitName', ...derivedSortable, 'updatedAt'],
  };
}

function outputSchema(
  decl: Fields,
  derivedDecl: Readonly<Record<string, DerivedDef>>,
  computed: Readonly<Record<string, z.ZodType>>,
): z.ZodObject {
  const fields = Object.fromEntries(Object.entries(decl).map(([k, f]) => [k, fieldOut(f)]));
  const derived = Object.fromEntries(Object.entries(derivedDecl).map(([k, d]) => [k, d.out]));
  return z.object({
    id: z.string(),
    unitName: z.string(),
    unitCode: z.string().nullable(),
    ...fields,
    ...derived,
    ...computed,
    version: recordVersion,
    createdAt: z.string(),
    updatedAt: z.string(),
  });
}

function fieldOut(f: FieldDef): z.ZodType {
  if (f.out) return f.out;
  if (f.cell === 'choice') return f.schema;
  const plain = f.cell === 'number' || f.cell === 'year' ? z.number().int() : z.string();
  return acceptsNull(f) ? plain.nullable() : plain;
}

/** Whether the field may hold null (a nullable schema): its output, grid reader and import cell follow. */
export function acceptsNull(f: FieldDef): boolean {
  return f.schema.safeParse(null).success;
}

/** The field keys of a kind, in declaration order. */
export function fieldKeys<K extends AnyKind>(kind: K): (keyof K['fields'] & string)[] {
  return Object.keys(kind.fields);
}
