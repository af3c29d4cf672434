import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { systemStatus } from './system.api';

/** API methods of this domain. */
export const systemMethods = methodMap(systemStatus);

/** Schema steps of this domain. */
export const systemMigrations: Migration[] = [];
