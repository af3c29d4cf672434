import type { DraftCell } from '../../../src-main/contract/drafts/drafts.contract';
import { call } from '../../lib/api';
import { draftChanges, hasDraftChanges } from './draft-diff';
import { draftsOf, isLocalKey, restoreDrafts } from './draft-rows';
import type { GridModel } from './grid-model';
import type { LocalRow } from './row-book';

/** Waits this long after the last change before keeping drafts: typing a row is one save, not one per key. */
const DEBOUNCE_MS = 300;

/** Grids with drafts not yet sent to the core: leaving the page asks while any exist. */
const unsent = new Set<GridModel>();
/** Per grid: sends what is pending now and resolves once the core has it (see draftsSettled). */
const settlers = new WeakMap<GridModel, () => Promise<void>>();

/**
 * Resolves once the grid's drafts in the core match its rows (pending saves and discards sent and
 * answered): after it, a reload brings back exactly the rows still unsaved, never a row just saved or
 * dropped on purpose.
 */
export function draftsSettled(m: GridModel): Promise<void> {
  return settlers.get(m)?.() ?? Promise.resolve();
}

export function hasUnsentDrafts(): boolean {
  return unsent.size > 0;
}

/** Per grid: sends the drafts still within the wait, all at once, without waiting for answers (the page is going). */
const leavers = new Map<GridModel, () => void>();
// A page left (reloaded, closed) while rows are within the wait sends them now: the grid's own stop never
// runs then. The transport lets a draft's save outlive the page (api.ts, keepalive).
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => [...leavers.values()].forEach((leave) => leave()));

/**
 * Keeps a grid's unsaved rows in the core (drafts domain) and puts them back when the grid opens, so a
 * page switch, a reload or a restart loses nothing (issue 10 item 1). A draft is dropped when its row is
 * saved, or deleted or discarded by the clerk; a reload that only forgot the row's state drops nothing.
 * Drafts are put back once the first page is there (`listLoaded`), never before: a kept row shown alone
 * would sit where the list's rows then go, under a clerk's click. `onRestored` gets the rows entered
 * here that were put back. Returns the stop, which sends what is
 * pending at once (the page is being left).
 */
export function followDrafts(m: GridModel, listLoaded: Promise<unknown>, onRestored?: (rows: readonly LocalRow[]) => void): () => void {
  const sent = new Map<string, string>();
  let restored = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  const flush = () => {
    timer = undefined;
    if (!restored) return;
    const now = draftsOf(m);
    unsent.delete(m);
    chain = chain.then(() => sync(m, sent, now));
  };
  const stopListening = m.subscribe(() => {
    if (!restored) return;
    clearTimeout(timer);
    timer = undefined;
    const changes = draftChanges(sent, draftsOf(m), (key) => gone(m, key));
    // A change that leaves the drafts as the core keeps them (a cursor move, a list reload, text typed
    // back) sends nothing, so the leave guard does not ask about it.
    if (!hasDraftChanges(changes)) return void unsent.delete(m);
    unsent.add(m);
    // A row just saved (or deleted) drops its draft at once: a reload right after must not bring it back.
    if (changes.discards.length > 0) flush();
    else timer = setTimeout(flush, DEBOUNCE_MS);
  });
  m.awaitingDrafts = true;
  const loaded = Promise.all([call('drafts.list', { page: m.id }), listLoaded]).then(([r]) => {
    m.awaitingDrafts = false;
    const rows = r.ok ? restoreDrafts(m, r.data.drafts) : [];
    for (const [key, cells] of draftsOf(m)) sent.set(key, JSON.stringify(cells));
    restored = true;
    m.changed();
    onRestored?.(rows);
  });
  leavers.set(m, () => {
    if (!restored || timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    unsent.delete(m);
    sendAtOnce(m, sent, draftsOf(m));
  });
  settlers.set(m, async () => {
    await loaded;
    clearTimeout(timer);
    flush();
    await chain;
  });
  return () => {
    settlers.delete(m);
    leavers.delete(m);
    stopListening();
    if (timer !== undefined) {
      clearTimeout(timer);
      flush();
    }
    unsent.delete(m);
  };
}

async function sync(m: GridModel, sent: Map<string, string>, now: Map<string, DraftCell[]>): Promise<void> {
  const { saves, discards } = draftChanges(sent, now, (key) => gone(m, key));
  for (const [key, cells] of saves) {
    const r = await call('drafts.save', { page: m.id, key, cells });
    if (r.ok) sent.set(key, JSON.stringify(cells));
    else m.setNotice(`Không giữ được dòng chưa lưu: ${r.error.message}`);
  }
  for (const key of discards) {
    const r = await call('drafts.discard', { page: m.id, key });
    if (r.ok) sent.delete(key);
  }
}

/** Like sync, but every call at once and unanswered: only the requests leave a page that is going. */
function sendAtOnce(m: GridModel, sent: ReadonlyMap<string, string>, now: Map<string, DraftCell[]>): void {
  const { saves, discards } = draftChanges(sent, now, (key) => gone(m, key));
  for (const [key, cells] of saves) void call('drafts.save', { page: m.id, key, cells });
  for (const key of discards) void call('drafts.discard', { page: m.id, key });
}

/**
 * True when a kept draft's row no longer has unsaved text because it was saved, cleared, deleted or
 * discarded: rows entered here leave the grid only so. A saved row whose state is gone was only
 * forgotten (its list was reloaded): its draft stays.
 */
function gone(m: GridModel, key: string): boolean {
  return isLocalKey(key) || m.book.get(key) !== undefined;
}
