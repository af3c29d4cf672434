import type { ReadDb, WriteTx } from '../db/types';
import { DecisionDocument } from '../../contract/commendations/decision-document';

/** The saved document parts of one decision, or null; a row that no longer parses counts as none. */
export function readDecisionDocument(db: ReadDb, decisionId: string): DecisionDocument | null {
  const row = db.get<{ document_json: string }>('SELECT document_json FROM decision_documents WHERE decision_id = ?', [decisionId]);
  return row ? parseDocument(row.document_json) : null;
}

/**
 * The document parts this office saved last, whatever decision they belong to (the next decision is
 * prefilled from them); another office's, received in its package, are not this office's wording.
 */
export function lastDecisionDocument(db: ReadDb): DecisionDocument | null {
  const row = db.get<{ document_json: string }>(
    'SELECT document_json FROM decision_documents WHERE origin_office_id IS NULL ORDER BY saved_at DESC, rowid DESC LIMIT 1',
  );
  return row ? parseDocument(row.document_json) : null;
}

export function writeDecisionDocument(tx: WriteTx, decisionId: string, doc: DecisionDocument, now: string): void {
  tx.run(
    `INSERT INTO decision_documents (decision_id, document_json, saved_at) VALUES ($id, $json, $now)
     ON CONFLICT(decision_id) DO UPDATE SET document_json = $json, saved_at = $now, version = version + 1`,
    { $id: decisionId, $json: JSON.stringify(doc), $now: now },
  );
}

/** Drops a decision's saved document parts (a travelled decision whose owner saved none). */
export function deleteDecisionDocument(tx: WriteTx, decisionId: string): void {
  tx.run('DELETE FROM decision_documents WHERE decision_id = ?', [decisionId]);
}

function parseDocument(json: string): DecisionDocument | null {
  try {
    const r = DecisionDocument.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
