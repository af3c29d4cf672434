import { call } from '../lib/api';
import type { HistoryEntry } from '../components/history/history-lines';

/** Entries shown for one record: its latest changes, enough for the side panel. */
const SHOWN = 50;

/** The result of loading one record's history. */
export type HistoryResult = { ok: true; entries: HistoryEntry[] } | { ok: false; message: string };

/** The audit trail of one record (Lịch sử), newest first. */
export async function loadRecordHistory(recordId: string): Promise<HistoryResult> {
  const r = await call('audit.list', { recordId, limit: SHOWN });
  return r.ok ? { ok: true, entries: r.data.entries } : { ok: false, message: r.error.message };
}
