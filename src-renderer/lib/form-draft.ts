import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Draft, DraftCell } from '../../src-main/contract/drafts/drafts.contract';
import { call } from './api';
import { can } from './permissions';

/** Waits this long after the last keystroke before keeping the form: typing is one save, not one per key. */
const DEBOUNCE_MS = 400;

/** A form's fields as typed text, by field key. */
export type FormValues = Record<string, string>;

/** What a form does with its draft: keep it while typing, offer a kept one back, drop it. */
export interface FormDraft {
  /** A kept draft that differs from what the form opened with, until restored or discarded. */
  offered: Accessor<Draft | null>;
  /** Call after every change of the form's values. */
  changed(values: FormValues): void;
  /** The kept values (the offer goes; the draft stays until the form is saved). */
  restore(): FormValues | null;
  /** Drops the draft in the core: the form was saved, or the clerk chose to drop it. */
  discard(): Promise<void>;
  /** The form was saved with `values` and stays open: the draft goes, and later typing is compared with them. */
  savedAs(values: FormValues): Promise<void>;
}

/** Forms whose last typing is not yet sent to the core: leaving the page asks while any exist. */
const unsent = new Set<() => void>();

export function hasUnsentFormDrafts(): boolean {
  return unsent.size > 0;
}

// A page left (reloaded, closed) while typing is still within the wait sends it now: the page's own
// cleanup never runs then. The transport lets a draft's save outlive the page (api.ts, keepalive).
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => [...unsent].forEach((send) => send()));

const cellsOf = (values: FormValues): DraftCell[] =>
  Object.entries(values).map(([column, text]) => ({ column, value: text, text, error: null }));

export const valuesOf = (d: Draft): FormValues => Object.fromEntries(d.cells.map((c) => [c.column, c.text]));

export const sameValues = (a: FormValues, b: FormValues) => Object.keys({ ...a, ...b }).every((k) => (a[k] ?? '') === (b[k] ?? ''));

/**
 * Keeps a half-filled form in the core (the drafts domain, like the grids' unsaved rows), so a reload, a
 * crash or a restart loses nothing: `page` is e.g. 'form-commendations' (counted under its section in
 * the navigation), `key` the record's id or 'new'. A kept draft is offered back when the form opens
 * again; it is dropped only when the form is saved or the clerk drops it. `restored`: the form opens
 * on its kept values already (reopened from the page's list of drafts), so nothing is offered.
 */
export function createFormDraft(page: string, key: string, openedWith: FormValues, restored = false): FormDraft {
  // A viewer may type into a document's parts to print it, but keeps no drafts (the core refuses them).
  if (!can('edit')) {
    const none = async () => undefined;
    return { offered: () => null, changed: () => undefined, restore: () => null, discard: none, savedAs: none };
  }
  const [offered, setOffered] = createSignal<Draft | null>(null);
  let opened = openedWith;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: FormValues | null = null;
  let kept = restored;
  // The last keep sent: a discard waits for it, or the keep could reach the core after it and stay.
  let sending: Promise<unknown> = Promise.resolve();
  if (!restored)
    void call('drafts.list', { page }).then((r) => {
      const found = r.ok ? r.data.drafts.find((d) => d.key === key) : undefined;
      if (found && !sameValues(valuesOf(found), opened)) setOffered(found);
    });
  const send = () => {
    clearTimeout(timer);
    timer = undefined;
    unsent.delete(send);
    const values = pending;
    pending = null;
    if (values) sending = call('drafts.save', { page, key, cells: cellsOf(values) });
    kept ||= values !== null;
  };
  // Leaving the page (or the form) sends what is pending at once.
  onCleanup(() => {
    clearTimeout(timer);
    send();
  });
  const discard = async () => {
    clearTimeout(timer);
    unsent.delete(send);
    pending = null;
    kept = false;
    setOffered(null);
    await sending;
    await call('drafts.discard', { page, key });
  };
  return {
    offered,
    discard,
    savedAs(values) {
      opened = values;
      return discard();
    },
    changed(values) {
      clearTimeout(timer);
      pending = sameValues(values, opened) ? null : values;
      unsent.delete(send);
      if (pending) {
        timer = setTimeout(send, DEBOUNCE_MS);
        unsent.add(send);
      }
      // Typed back to what the form opened with: nothing is left to keep.
      else if (kept) void discard();
    },
    restore() {
      const found = offered();
      setOffered(null);
      return found ? valuesOf(found) : null;
    },
  };
}
