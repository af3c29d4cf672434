import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { registrationsMigration } from './registrations.schema';

/** API methods of this domain. */
export const registrationsMethods = methodMap();

/** Schema steps of this domain. */
export const registrationsMigrations: Migration[] = [registrationsMigration];
