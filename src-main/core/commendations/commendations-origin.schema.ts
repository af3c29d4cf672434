import type { Migration } from '../db/migrations';

/**
 * Migration 160: commendations travel in the province's yearly package to the Ministry (issue 13 item 5),
 * so they carry the office that decided them, as the other travelling kinds do (exchange migration 141):
 * NULL is this database's own office. Two provinces may both have a decision "125/QĐ-UBND" of 2024 and a
 * registry number 1 of the same counter: the unique indexes hold per origin office. The origin comes
 * last in them so the own-decision lookup by number, symbol and year still walks the index. A decision's
 * document parts travel too, with a version of their own (+1 on each save), since they are saved apart
 * from the decision and a new text must reach the Ministry even when the decision itself is unchanged;
 * their `id` (the decision's, a virtual column) is what every travelling record and the audit trail's
 * bulk entries name a record by.
 */
export const commendationsOriginMigration: Migration = {
  version: 160,
  name: 'commendations: origin office; decision numbers and registry numbers unique per office',
  sql: `
ALTER TABLE commendation_decisions ADD COLUMN origin_office_id TEXT;
ALTER TABLE commendation_recipients ADD COLUMN origin_office_id TEXT;
CREATE INDEX commendation_decisions_origin ON commendation_decisions(origin_office_id) WHERE origin_office_id IS NOT NULL;
ALTER TABLE decision_documents ADD COLUMN origin_office_id TEXT;
ALTER TABLE decision_documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE decision_documents ADD COLUMN id TEXT GENERATED ALWAYS AS (decision_id) VIRTUAL;
CREATE INDEX decision_documents_origin ON decision_documents(origin_office_id) WHERE origin_office_id IS NOT NULL;
CREATE INDEX commendation_recipients_origin ON commendation_recipients(origin_office_id) WHERE origin_office_id IS NOT NULL;
DROP INDEX commendation_decisions_number;
CREATE UNIQUE INDEX commendation_decisions_number
  ON commendation_decisions(number, symbol, year, COALESCE(origin_office_id, ''));
DROP INDEX commendation_recipients_registry;
CREATE UNIQUE INDEX commendation_recipients_registry
  ON commendation_recipients(registry_key, registry_number, COALESCE(origin_office_id, '')) WHERE registry_number IS NOT NULL;
`,
};
