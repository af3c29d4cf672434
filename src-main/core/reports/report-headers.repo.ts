import type { ReadDb, WriteTx } from '../db/types';
import { ReportHeader } from '../../contract/reports/report-header';

/** The saved header of one report, or null; a row that no longer parses counts as none. */
export function readReportHeader(db: ReadDb, reportKey: string): ReportHeader | null {
  const row = db.get<{ header_json: string }>('SELECT header_json FROM report_headers WHERE report_key = ?', [reportKey]);
  return row ? parseHeader(row.header_json) : null;
}

/** The header saved last, whatever report it belongs to (the next report is prefilled from it). */
export function lastReportHeader(db: ReadDb): ReportHeader | null {
  const row = db.get<{ header_json: string }>('SELECT header_json FROM report_headers ORDER BY saved_at DESC, rowid DESC LIMIT 1');
  return row ? parseHeader(row.header_json) : null;
}

export function writeReportHeader(tx: WriteTx, reportKey: string, header: ReportHeader, now: string): void {
  tx.run(
    `INSERT INTO report_headers (report_key, header_json, saved_at) VALUES ($key, $json, $now)
     ON CONFLICT(report_key) DO UPDATE SET header_json = $json, saved_at = $now`,
    { $key: reportKey, $json: JSON.stringify(header), $now: now },
  );
}

function parseHeader(json: string): ReportHeader | null {
  try {
    const r = ReportHeader.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
