import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { modelsMigration } from './models.schema';

/** API methods of this domain. */
export const modelsMethods = methodMap();

/** Schema steps of this domain. */
export const modelsMigrations: Migration[] = [modelsMigration];
