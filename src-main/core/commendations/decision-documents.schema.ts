import type { Migration } from '../db/migrations';

/**
 * Migration 84: the text parts of each decision's document (căn cứ, xét đề nghị, tiền thưởng, Điều 3,
 * nơi nhận…), so a decision exported again prints what was entered and the next one is prefilled.
 */
export const decisionDocumentsMigration: Migration = {
  version: 84,
  name: 'decision documents',
  sql: `CREATE TABLE decision_documents (
          decision_id TEXT PRIMARY KEY REFERENCES commendation_decisions(id) ON DELETE CASCADE,
          document_json TEXT NOT NULL,
          saved_at TEXT NOT NULL
        );
        CREATE INDEX decision_documents_by_saved ON decision_documents(saved_at);`,
};
