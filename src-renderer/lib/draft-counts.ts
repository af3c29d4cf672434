/**
 * How many unsaved rows each page holds (the core keeps them, issue 10 item 1), for the navigation and
 * the leave/close question. Read at start, after every draft save or discard in this window, and when
 * the change feed says another window or tab kept or dropped one (drafts.save and drafts.discard are
 * writes, so the feed carries them as kind 'drafts', without ids).
 */
import { createSignal } from 'solid-js';
import { call, onCallDone } from './api';
import { subscribeChanges } from './live';

const [counts, setCounts] = createSignal<ReadonlyMap<string, number>>(new Map());
let started = false;

async function refresh(): Promise<void> {
  const r = await call('drafts.counts', {});
  if (r.ok) setCounts(new Map(r.data.counts.map((c) => [c.page, c.count])));
}

/** Starts following the counts (once per window); later calls do nothing. */
export function followDraftCounts(): void {
  if (started) return;
  started = true;
  onCallDone((name, ok) => {
    if (ok && (name === 'drafts.save' || name === 'drafts.discard')) void refresh();
  });
  subscribeChanges('drafts', () => void refresh());
  void refresh();
}

/**
 * The section a page key belongs to: 'catalogue-kinds' → 'catalogues', 'recipients-…' and
 * 'form-commendations' → 'commendations'; a section's second form names itself after a dot
 * ('form-commendations.document' → 'commendations').
 */
export function sectionOfPage(page: string): string {
  if (page.startsWith('form-')) return page.slice('form-'.length).split('.')[0] ?? '';
  if (page.startsWith('catalogue-')) return 'catalogues';
  if (page.startsWith('recipients-')) return 'commendations';
  return page;
}

/** Unsaved rows of a section (e.g. 'sessions'), all its grids together. */
export function draftCountOf(section: string): number {
  let n = 0;
  for (const [page, count] of counts()) if (sectionOfPage(page) === section) n += count;
  return n;
}

/** Unsaved rows of every page: leaving or closing asks when this is not 0. */
export function totalDrafts(): number {
  let n = 0;
  for (const count of counts().values()) n += count;
  return n;
}
