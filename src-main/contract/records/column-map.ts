import { acceptsNull, type AnyKind } from './define-kind';
import type { CellKind, RefTarget } from './kind-types';

/** One column of an import or export sheet: the field, its Vietnamese header, how its cells read. */
export interface SheetColumn {
  field: string;
  header: string;
  cell: CellKind;
  /** An import row must fill it (no default, not nullable). */
  required: boolean;
  /** For `choice` cells: Vietnamese title → stored value, so a sheet may say "Đạt" for 'passed'. */
  choices?: Readonly<Record<string, string>>;
  /** For `catalogue` cells: the catalogue (or the security models) whose names or codes the cells hold. */
  refers?: RefTarget;
  /** Other headers accepted for the column on import (matched without diacritics or case). */
  aliases?: readonly string[];
  /** A short Vietnamese hint for a template's header comment (the format, the choices). */
  hint?: string;
}

/**
 * The column map of a kind for Excel import and export (field ↔ Vietnamese header ↔ cell type), in
 * declaration order. Unit and catalogue cells hold names or codes that the importer resolves to ids.
 */
export function columnMap(kind: AnyKind): SheetColumn[] {
  return Object.entries(kind.fields).map(([field, f]) => {
    const column: SheetColumn = { field, header: f.label, cell: f.cell, required: f.default === undefined && !acceptsNull(f) };
    if (f.choices) column.choices = Object.fromEntries(Object.entries(f.choices).map(([value, title]) => [title, value]));
    if (f.refers) column.refers = f.refers;
    if (f.aliases) column.aliases = f.aliases;
    return column;
  });
}
