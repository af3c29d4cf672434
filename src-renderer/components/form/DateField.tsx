import { Show } from 'solid-js';
import { DATE_INPUT_HINT } from '../../../src-main/shared/vn-date';

/** Props of a date field: the text as typed and the message that refuses it, if any. */
export interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  /** Shown beside the field and announced; the field is marked invalid. */
  error?: string | null;
  required?: boolean;
}

/**
 * A date typed as clerks write it (read later by the shared parser, src-main/shared/vn-date.ts), with the
 * accepted shapes and the two-digit-year pivot stated under it and its error right beside it.
 */
export default function DateField(props: DateFieldProps) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        value={props.value}
        required={props.required}
        placeholder="dd/mm/yyyy"
        aria-invalid={props.error ? 'true' : 'false'}
        aria-describedby={props.error ? `${errorId()} ${hintId()}` : hintId()}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <Show when={props.error}>
        {(m) => (
          <span id={errorId()} class="field-error" role="alert">
            {m()}
          </span>
        )}
      </Show>
      <span id={hintId()} class="field-hint">
        {DATE_INPUT_HINT}
      </span>
    </div>
  );
}
