import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { commendationsMigration } from './commendations.schema';

/** API methods of this domain. */
export const commendationsMethods = methodMap();

/** Schema steps of this domain. */
export const commendationsMigrations: Migration[] = [commendationsMigration];
