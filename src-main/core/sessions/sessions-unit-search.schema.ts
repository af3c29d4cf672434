import type { Migration } from '../db/migrations';

/**
 * Puts each session's unit name (folded, `units.name_search`) into the search index, so every word of
 * the search box is matched in one FTS query whichever column it is in (topic, presenter, note or
 * unit): intersecting inside the index stays fast on a million rows, where OR-ing a unit test with
 * each word was not. The existing folded text is carried over as is.
 *
 * The trigger keeps the copy current when a unit is renamed. It is plain SQL (no app function), so any
 * SQLite tool that edits the file keeps the index right, and a replayed journal re-fires it.
 */
export const sessionsUnitSearchMigration: Migration = {
  version: 31,
  name: 'propaganda sessions: unit name in the search index',
  sql: `
CREATE TEMP TABLE propaganda_sessions_fts_copy AS SELECT docid, topic, presenter, note FROM propaganda_sessions_fts;
DROP TABLE propaganda_sessions_fts;
CREATE VIRTUAL TABLE propaganda_sessions_fts USING fts4(topic, presenter, note, unit);
INSERT INTO propaganda_sessions_fts (docid, topic, presenter, note, unit)
  SELECT c.docid, c.topic, c.presenter, c.note, u.name_search
  FROM propaganda_sessions_fts_copy c JOIN propaganda_sessions s ON s.seq = c.docid JOIN units u ON u.id = s.unit_id;
DROP TABLE propaganda_sessions_fts_copy;
CREATE TRIGGER propaganda_sessions_fts_unit_renamed AFTER UPDATE OF name_search ON units
WHEN NEW.name_search IS NOT OLD.name_search
BEGIN
  UPDATE propaganda_sessions_fts SET unit = NEW.name_search
  WHERE docid IN (SELECT seq FROM propaganda_sessions WHERE unit_id = NEW.id);
END;
`,
};
