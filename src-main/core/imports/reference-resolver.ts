import { CATALOGUE_LABELS } from '../../contract/catalogues/catalogue';
import type { RefTarget } from '../../contract/records/kind-types';
import type { ReadDb } from '../db/types';
import type { Resolve } from './cell-parse';
import { catalogueRefs, modelRefs, unitRefs } from './imports.repo';
import { RefIndex } from './ref-index';

/** The index of what a unit or catalogue column names, read from the database. */
export function refIndex(db: ReadDb, refers: RefTarget | 'unit'): RefIndex {
  if (refers === 'unit') return new RefIndex(unitRefs(db), 'đơn vị');
  if (refers === 'security_model') return new RefIndex(modelRefs(db), 'mô hình');
  return new RefIndex(catalogueRefs(db, refers), `mục "${CATALOGUE_LABELS[refers]}"`);
}

/** Resolves unit and catalogue cells, each index loaded at its first use and kept for the import. */
export function referenceResolver(db: ReadDb): Resolve {
  const loaded = new Map<string, RefIndex>();
  return (column, text) => {
    const refers = column.cell === 'unit' ? 'unit' : column.refers;
    if (!refers) return { ok: false, message: `Cột "${column.header}" không tra được mã.` };
    let index = loaded.get(refers);
    if (!index) {
      index = refIndex(db, refers);
      loaded.set(refers, index);
    }
    return index.resolve(text);
  };
}
