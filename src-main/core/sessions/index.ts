import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { sessionsMigration } from './sessions.schema';

/** API methods of this domain. */
export const sessionsMethods = methodMap();

/** Schema steps of this domain. */
export const sessionsMigrations: Migration[] = [sessionsMigration];
