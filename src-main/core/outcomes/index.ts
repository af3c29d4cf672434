import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { outcomesMigration } from './outcomes.schema';

/** API methods of this domain. */
export const outcomesMethods = methodMap();

/** Schema steps of this domain. */
export const outcomesMigrations: Migration[] = [outcomesMigration];
