import { Show } from 'solid-js';
import FormConflict from './FormConflict';
import type { DatedSave } from './dated-dialog';
import type { FormConflictLine } from './form-conflict';

/** Props: the dialog's save, what the record is ("Mô hình này"), and the conflicting fields side by side. */
export interface DatedSaveOutcomeProps<T extends { version: number }> {
  save: DatedSave<T>;
  subject: string;
  lines: (current: T) => readonly FormConflictLine[];
}

/**
 * The foot of a dated dialog (a unit's retire / merge, a model's status): the core's refusal, or, when
 * another window saved first, both values with "Giữ của tôi" (save again over the newer version) and
 * "Lấy bản kia" (close, dropping the draft).
 */
export default function DatedSaveOutcome<T extends { version: number }>(props: DatedSaveOutcomeProps<T>) {
  return (
    <>
      <Show when={props.save.error()}>
        <p class="field-error" role="alert">
          {props.save.error()}
        </p>
      </Show>
      <Show when={props.save.conflict()}>
        {(c) => (
          <FormConflict
            subject={props.subject}
            lines={props.lines(c())}
            onKeepMine={() => void props.save.save(c().version)}
            onTakeTheirs={() => void props.save.close(true)}
          />
        )}
      </Show>
    </>
  );
}
