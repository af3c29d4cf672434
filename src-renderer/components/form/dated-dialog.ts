import { createSignal } from 'solid-js';
import type { DraftedValues } from '../../lib/dialog-draft';
import type { WriteRefusal } from '../../lib/stale-write';
import { parseViDate } from '../grid/cell-text';
import { focusFirstInvalid } from './focus-invalid';

/** What a dialog that records a change from a date needs: its values, how to write, where to go after. */
export interface DatedDialogOptions<T> {
  form: DraftedValues;
  /** The box holding the date field: a refused date takes the focus there. */
  fields: () => HTMLElement | undefined;
  /** Said beside an empty date, e.g. "Nhập ngày hết hiệu lực, ví dụ 30/06/2025." */
  missingDate: string;
  /** Writes the change from the ISO date; answers null when saved, or why not (a stale one with the current record). */
  write: (isoDate: string, expectedVersion: number | undefined) => Promise<WriteRefusal<T> | null>;
  onClose: (changed: boolean) => void;
}

/** A dated dialog's save and what it answered, for the dialog's fields and its DatedSaveOutcome. */
export interface DatedSave<T> {
  /** The core's refusal, other than a stale write. */
  error: () => string | null;
  /** Said beside the date field. */
  dateError: () => string | null;
  /** The current record when the save was refused as stale. */
  conflict: () => T | null;
  save: (expectedVersion?: number) => Promise<unknown>;
  close: (changed: boolean) => Promise<void>;
}

/**
 * The save of a unit's retire / merge dialog and a model's status dialog: the date through the shared
 * parser with its refusal beside the field, the core's refusal, and a stale write's conflict (both
 * values, the clerk chooses). The dialog's draft goes when the change is saved or the other window's
 * version is taken; a cancel keeps it.
 */
export function createDatedSave<T>(opts: DatedDialogOptions<T>): DatedSave<T> {
  const [error, setError] = createSignal<string | null>(null);
  const [dateError, setDateError] = createSignal<string | null>(null);
  const [conflict, setConflict] = createSignal<T | null>(null);
  const close = async (changed: boolean) => {
    if (changed) await opts.form.draft.discard();
    opts.onClose(changed);
  };
  // The version the kept values were typed over, unless the clerk chose to keep theirs over a newer one.
  async function save(expectedVersion = Number(opts.form.values().recordVersion) || undefined) {
    const parsed = parseViDate(opts.form.values().date ?? '');
    setError(null);
    setDateError(parsed.ok && parsed.value !== null ? null : parsed.ok ? opts.missingDate : parsed.message);
    if (!parsed.ok || parsed.value === null) return focusFirstInvalid(opts.fields());
    const failure = await opts.write(String(parsed.value), expectedVersion);
    setConflict(() => failure?.current ?? null);
    if (failure) return setError(failure.current ? null : failure.message);
    await close(true);
  }
  return { error, dateError, conflict, save, close };
}
