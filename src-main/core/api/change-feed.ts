import { randomUUID } from 'node:crypto';
import type { ChangedKind, ChangesPage } from '../../contract/changes/changes.contract';

/** One write as the feed keeps it. */
interface Entry {
  seq: number;
  kind: string;
  ids: string[] | null;
}

/**
 * The writes of this run of the core, newest last, for `changes.since`. In memory only: a cursor is
 * `<run>:<seq>`, and a cursor from another run (a restart) or older than what is kept asks the
 * caller to refresh everything, which is always correct, just slower.
 */
export class ChangeFeed {
  private readonly run = randomUUID().slice(0, 8);
  private readonly entries: Entry[] = [];
  private seq = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly keep = 2000) {}

  /** Records a write of `kind`: the records' ids, or null when the write changed many. */
  record(kind: string, ids: string[] | null): void {
    this.seq += 1;
    this.entries.push({ seq: this.seq, kind, ids });
    if (this.entries.length > this.keep) this.entries.splice(0, this.entries.length - this.keep);
    for (const fn of this.listeners) fn();
  }

  /** Calls `fn` after each write (transports push a notice; they read the changes with `since`). */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  since(cursor: string | null): ChangesPage {
    const now = `${this.run}:${this.seq}`;
    const [run, at] = (cursor ?? '').split(':');
    const from = Number(at);
    const oldest = this.entries[0]?.seq ?? this.seq + 1;
    if (cursor === null) return { cursor: now, changes: [], reset: false };
    if (run !== this.run || !Number.isInteger(from) || from > this.seq || from < oldest - 1)
      return { cursor: now, changes: [], reset: true };
    return { cursor: now, changes: merged(this.entries.filter((e) => e.seq > from)), reset: false };
  }
}

/** One entry per kind: the union of ids, or null once any write of the kind changed many. */
function merged(entries: readonly Entry[]): ChangedKind[] {
  const byKind = new Map<string, Set<string> | null>();
  for (const e of entries) {
    const held = byKind.has(e.kind) ? byKind.get(e.kind) : new Set<string>();
    if (held === null || held === undefined || e.ids === null) byKind.set(e.kind, null);
    else byKind.set(e.kind, new Set([...held, ...e.ids]));
  }
  return [...byKind].map(([kind, ids]) => ({ kind, ids: ids === null ? null : [...ids] }));
}

/**
 * What a successful write changed, read from the call itself: the method's domain, and the id of the
 * record it names (`id` in the input or the output, or the output's `recipient`/`outcome`). A write
 * without one (a paste, an import, numbering a list) changed many.
 */
export function changeOf(method: string, input: unknown, output: unknown): { kind: string; ids: string[] | null } {
  const kind = method.split('.')[0] ?? method;
  const ids = new Set<string>();
  for (const source of [input, output, field(output, 'recipient'), field(output, 'outcome')]) {
    const id = field(source, 'id');
    if (typeof id === 'string') ids.add(id);
  }
  return { kind, ids: ids.size > 0 ? [...ids] : null };
}

function field(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null ? Reflect.get(o, key) : undefined;
}
