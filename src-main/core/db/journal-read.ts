import { existsSync, readFileSync } from 'node:fs';
import type { RecordedStatement } from './engine';
import { decodeTransaction } from './journal-codec';
import { HEADER_BYTES, decodeHeader, scanRecord } from './journal-format';
import { isTornAppend } from './journal-tail';

/** What a journal file holds, read without changing it. */
export interface JournalContents {
  path: string;
  /** The header's generation; null when the file is missing, empty or its header was torn. */
  generation: number | null;
  /** The database the header names; null when there is no intact header or it is in the legacy format. */
  databaseId: string | null;
  /** The header is in the format of earlier versions (no database id): replayed once, then rewritten. */
  legacyFormat: boolean;
  /** Committed transactions, oldest first. */
  transactions: RecordedStatement[][];
  /** Bytes up to the end of the last good record (where a torn tail is cut). */
  goodBytes: number;
  fileBytes: number;
  /**
   * The file ends in an append cut short by a crash (see journal-tail.ts), or in a header cut short by a
   * reset: never acknowledged, dropped (a torn record is first copied beside the journal).
   */
  tornTail: boolean;
  /** Damage anywhere else: acknowledged transactions would be lost, so opening must stop. */
  corrupt: boolean;
}

export function journalPathFor(dbPath: string): string {
  // '.journal' with a dot: SQLite tools would take '-journal' for their own rollback journal.
  return `${dbPath}.journal`;
}

/** The journal that takes new writes while a background checkpoint writes the file (see journal-set.ts). */
export function nextJournalPathFor(dbPath: string): string {
  return `${dbPath}.journal.next`;
}

export function readJournal(path: string): JournalContents {
  const buf = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  const empty = { path, generation: null, databaseId: null, legacyFormat: false, transactions: [], goodBytes: 0, fileBytes: buf.length };
  if (buf.length === 0) return { ...empty, tornTail: false, corrupt: false };
  const header = decodeHeader(buf);
  // A header that is not whole while nothing follows it is a reset cut short: nothing to replay.
  if (header === null)
    return buf.length <= HEADER_BYTES ? { ...empty, tornTail: true, corrupt: false } : { ...empty, tornTail: false, corrupt: true };
  const base = { ...empty, generation: header.generation, databaseId: header.databaseId, legacyFormat: header.databaseId === null };
  const transactions: RecordedStatement[][] = [];
  let pos = header.bytes;
  for (;;) {
    const step = scanRecord(buf, pos);
    const stop = (tornTail: boolean, corrupt: boolean) => ({ ...base, transactions, goodBytes: pos, tornTail, corrupt });
    if (step.kind === 'end') return stop(false, false);
    if (step.kind === 'incomplete') return isTornAppend(buf, pos) ? stop(true, false) : stop(false, true);
    if (step.kind === 'corrupt') return stop(false, true);
    try {
      transactions.push(decodeTransaction(step.payload));
    } catch {
      // The checksum matched but the payload does not decode: written wrong, not torn.
      return stop(false, true);
    }
    pos = step.end;
  }
}
