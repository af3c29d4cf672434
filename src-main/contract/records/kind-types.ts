import type { z } from 'zod';
import type { ListQuery } from '../list-query';
import type { Catalogue } from '../catalogues/catalogue';

/**
 * The parts of a record-kind declaration (see define-kind.ts). A kind is data: the core derives its SQL
 * and standard methods from it, the renderer its grid source, an import its column map.
 */

/** How a field is shown and edited in a grid, and read from an imported cell. */
export type CellKind = 'text' | 'number' | 'year' | 'date' | 'month' | 'catalogue' | 'unit' | 'choice';

/**
 * How a list sorts by a field: `value` the column itself (numbers, ISO dates); `key` its stored
 * Vietnamese sort key `<column>_sort` (text/sort-key.ts, written with every change, walked by an index);
 * `vi` vi_sort(column) at query time (no stored key: quick on a filtered list, slow on a whole large one).
 */
export type SortBy = 'value' | 'key' | 'vi';

/** One field the clerk enters: its column, its schema, how the grid shows it and how lists use it. */
export interface FieldDef<S extends z.ZodType = z.ZodType> {
  /** The table's column (snake_case). */
  column: string;
  /** The Vietnamese header of the grid column and of an import/export sheet. */
  label: string;
  /** Validates the field on create and update (with Vietnamese messages naming the field). */
  schema: S;
  cell: CellKind;
  /** A create without the field stores this; a field without a default is required on create. */
  default?: z.output<S>;
  /** Sortable, and how; absent: the list refuses to sort by it. */
  sort?: SortBy;
  /** Part of the search box's text (and of the stored folded text or FTS row). */
  search?: boolean;
  /** The output schema, when it is not the plain one of the cell kind (string, or an integer for numbers). */
  out?: z.ZodType;
  /** For `choice` cells: each stored value and its Vietnamese title. */
  choices?: Readonly<Record<string, string>>;
  /** For an id of another record (catalogue cells): the derived output field with the name to show. */
  shownAs?: string;
  /** For catalogue cells: the catalogue whose entries it holds, or a security model; an import finds them by name or code. */
  refers?: RefTarget;
  /** Other headers a clerk writes for this column in an Excel sheet ("Mô hình" for "Tên mô hình"); matched without diacritics. */
  aliases?: readonly string[];
}

/** What a reference cell names: an entry of a catalogue (danh mục) or a security model (mô hình). */
export type RefTarget = Catalogue | 'security_model';

/** A read-only output field computed by SQL from the row and its joins (e.g. a catalogue entry's name). */
export interface DerivedDef {
  sql: string;
  out: z.ZodType;
  /** Sort expressions; absent: not sortable. */
  sort?: readonly string[];
}

/**
 * A list filter (ListQuery.filters[name]), with the schema its text from the grid must pass. `subtree`:
 * the record's unit or one under it; `eq`/`from`/`to` compare a field; `year` keeps one calendar year of
 * a date, month or year field; `text` matches folded words (FTS column query, or the stored folded
 * text of a LIKE-searched kind); `flag` is 'true'/'false' on a boolean derived field; `unitKind` the
 * kind of the record's unit; `origin` the office the record belongs to ('own', 'other' or an office id).
 */
export type FilterDef =
  | { op: 'subtree' | 'unitKind' | 'origin'; schema: z.ZodType }
  | { op: 'eq' | 'from' | 'to' | 'year' | 'text'; field: string; schema: z.ZodType }
  | { op: 'flag'; derived: string; schema: z.ZodType };

/**
 * Where the search box looks. `like`: the searchable fields, folded, are stored in `column` (LIKE, fine
 * for tens of thousands of rows). `fts`: they are rows of an FTS4 table keyed by `seq`, with the unit's
 * folded name as column `unit` (a million rows); `rowCount` names a one-row table of the row count kept
 * by triggers, for counting an unfiltered list.
 */
export type SearchDef = { index: 'like'; column: string } | { index: 'fts'; table: string; rowCount?: string };

/** The standard methods a kind exposes, each with its one-line Vietnamese summary. */
export interface MethodSummaries {
  list: string;
  get: string;
  create?: string;
  update: string;
  delete: string;
}

/** Which office owns a record, for exchanges between offices: the office that owns the record's unit. */
export interface Ownership {
  by: 'unit';
}

/** A record kind as declared (the argument of defineKind). */
export interface KindDecl<
  P extends string = string,
  F extends Readonly<Record<string, FieldDef>> = Readonly<Record<string, FieldDef>>,
  D extends Readonly<Record<string, DerivedDef>> = Readonly<Record<string, DerivedDef>>,
  C extends Readonly<Record<string, z.ZodType>> = Readonly<Record<string, z.ZodType>>,
  M extends MethodSummaries = MethodSummaries,
> {
  /** The method prefix and domain name, e.g. 'sessions'. */
  name: P;
  /** The Vietnamese noun of one record for messages, e.g. 'bản đăng ký' ("Không tìm thấy bản đăng ký này…"). */
  noun: string;
  /** The label of its id in messages, e.g. 'Mã bản đăng ký'. */
  idLabel: string;
  /** The table: `seq INTEGER PRIMARY KEY`, `id` (UUID), the fields' columns, `version`, `created_at`, `updated_at`. */
  table: string;
  /** Its alias in SQL; the unit is always joined as `u`. */
  alias: string;
  /** The field holding the unit (đơn vị) the record belongs to, and the field the (unit_id, …) index sorts next by. */
  unit: { field: keyof F & string; sortThen: keyof F & string };
  owner: Ownership;
  fields: F;
  /** Joins for the derived fields' names, besides the unit's (aliases other than `u`). */
  joins?: string;
  derived?: D;
  /** Output fields the core's rules compute from the row (e.g. the evaluation period). */
  computed?: C;
  filters: Readonly<Record<string, FilterDef>>;
  search: SearchDef;
  defaultSort: ListQuery['sort'];
  methods: M;
}
