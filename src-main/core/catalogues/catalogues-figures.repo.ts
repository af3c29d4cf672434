import type { ReadDb } from '../db/types';

/** A catalogue entry's name and place, as reports label their breakdown lines with it. */
export interface CatalogueName {
  id: string;
  catalogue: string;
  name: string;
  sort_order: number;
}

/** Names of catalogue entries (model types, forms, authorities), in their catalogue order, retired ones included. */
export function catalogueNames(db: ReadDb): CatalogueName[] {
  return db.all<CatalogueName>('SELECT id, catalogue, name, sort_order FROM catalogue_entries ORDER BY catalogue, sort_order, name');
}
