import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';


/** API methods of this domain. */
export const reportsMethods = methodMap();

/** Schema steps of this domain. */
export const reportsMigrations: Migration[] = [];
