/**
 * How far a long call has gone (issue 13 item 6: a package built or applied), as its handler reports it
 * while it runs. The core runs one call at a time in its own thread, so a poll could only be answered
 * after the call; instead the report is pushed to the caller's own window or tab beside the change feed.
 */
export interface CallProgress {
  /** The method reporting, e.g. 'exchange.exportPackage'. */
  method: string;
  /** What it is doing, in Vietnamese ("Ghi bản ghi vào gói"). */
  label: string;
  done: number;
  total: number;
}

/** True for a value shaped like a CallProgress (what crosses a process boundary is checked before use). */
export function isCallProgress(v: unknown): v is CallProgress {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.method === 'string' &&
    typeof p.label === 'string' &&
    Number.isInteger(p.done) &&
    Number.isInteger(p.total) &&
    (p.done as number) >= 0 &&
    (p.done as number) <= (p.total as number)
  );
}
