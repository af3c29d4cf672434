import type { Migration } from '../db/migrations';

/**
 * A second Kỷ niệm chương for the same person is refused (the law gives it once) unless an administrator
 * overrides it; the written reason stays on the recipient row, NULL for every ordinary recipient.
 */
export const commendationsMedalOverrideMigration: Migration = {
  version: 110,
  name: 'commemorative medal override reason',
  sql: 'ALTER TABLE commendation_recipients ADD COLUMN medal_override_reason TEXT;',
};
