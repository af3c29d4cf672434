import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { call, onCallDone } from './api';
import { subscribeChanges } from './live';
import { can } from './permissions';
import { createFormDraft, valuesOf, type FormDraft, type FormValues } from './form-draft';

/**
 * A dialog's values, kept in the core as a draft while they differ from what it opened with (issue 10
 * item 1): closing the dialog, switching pages or reloading keeps what was typed; the dialog offers it
 * back when opened again for the same record, and the page lists it (see PageDraftList). Saving, taking
 * the other window's version, or "Bỏ bản nháp" are what drop it.
 */
export interface DraftedValues {
  values: Accessor<FormValues>;
  /** Sets fields as typed (one or several: a picked unit is its id and its name). */
  set(fields: FormValues): void;
  draft: FormDraft;
  /** Puts a kept draft's values into the dialog. */
  restore(kept: FormValues): void;
}

/** `opened`: the dialog's empty state for this record; `kept`: the values it reopens on, from the page's list. */
export function createDraftedValues(page: string, key: string, opened: FormValues, kept?: FormValues): DraftedValues {
  const [values, setValues] = createSignal<FormValues>(kept ?? opened);
  const draft = createFormDraft(page, key, opened, kept !== undefined);
  const set = (fields: FormValues) => {
    setValues({ ...values(), ...fields });
    draft.changed(values());
  };
  return { values, set, draft, restore: set };
}

/** A kept dialog draft as the page lists it. */
export interface PageDraft {
  key: string;
  values: FormValues;
  updatedAt: string;
}

/** The kept dialog drafts of a page (e.g. 'form-units'), refreshed whenever a draft is kept or dropped, here or elsewhere. */
export interface PageDrafts {
  list: Accessor<PageDraft[]>;
  discard(key: string): Promise<void>;
}

export function createPageDrafts(page: string): PageDrafts {
  const [list, setList] = createSignal<PageDraft[]>([]);
  // A viewer keeps no drafts (the report and decision pages are open to viewers): nothing to ask for.
  if (!can('edit')) return { list, discard: async () => undefined };
  const refresh = async () => {
    const r = await call('drafts.list', { page });
    if (r.ok) setList(r.data.drafts.map((d) => ({ key: d.key, values: valuesOf(d), updatedAt: d.updatedAt })));
  };
  onCleanup(
    onCallDone((name, ok) => {
      if (ok && (name === 'drafts.save' || name === 'drafts.discard')) void refresh();
    }),
  );
  // Kept or dropped in another window or tab (the change feed): the list follows.
  onCleanup(subscribeChanges('drafts', () => void refresh()));
  void refresh();
  return {
    list,
    async discard(key) {
      await call('drafts.discard', { page, key });
    },
  };
}
