import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { unitsMigration } from './units.schema';

/** API methods of this domain. */
export const unitsMethods = methodMap();

/** Schema steps of this domain. */
export const unitsMigrations: Migration[] = [unitsMigration];
