import { For, Show } from 'solid-js';
import type { FieldIssue } from '../../../../src-main/contract';
import { OFFICE_LEVEL_LABELS, OFFICE_LEVELS, type OfficeLevel } from '../../../../src-main/contract/exchange/office';

/** One text field of an office form: its key in the draft (and in the core's issues), label and example. */
export interface OfficeTextField<K extends string> {
  key: K;
  label: string;
  hint: string;
}

export interface OfficeFieldsProps<K extends string> {
  /** Prefixes the inputs' ids, e.g. 'exchange-add'. */
  idPrefix: string;
  fields: readonly OfficeTextField<K>[];
  value: (key: K) => string;
  level: OfficeLevel;
  issues: readonly FieldIssue[];
  onInput: (key: K, value: string) => void;
  onLevel: (level: OfficeLevel) => void;
  /** A field that cannot change any more (this office's id once packages name it). */
  disabled?: (key: K) => boolean;
}

function levelOf(value: string): OfficeLevel {
  return OFFICE_LEVELS.find((l) => l === value) ?? 'district';
}

/**
 * An office's identity fields (id, unit code, name…, then its level), each with the core's issue
 * beside it: this database's own office and an office registered to send packages share them.
 */
export function OfficeFields<K extends string>(props: OfficeFieldsProps<K>) {
  const issueFor = (key: string) => props.issues.find((i) => i.path[0] === key)?.message;
  const id = (key: string) => `${props.idPrefix}-${key}`;
  return (
    <>
      <For each={props.fields}>
        {(f) => (
          <div class="field">
            <label for={id(f.key)}>{f.label}</label>
            <input
              id={id(f.key)}
              value={props.value(f.key)}
              placeholder={f.hint}
              disabled={props.disabled?.(f.key) ?? false}
              aria-invalid={issueFor(f.key) ? 'true' : undefined}
              aria-describedby={issueFor(f.key) ? `${id(f.key)}-error` : undefined}
              onInput={(e) => props.onInput(f.key, e.currentTarget.value)}
            />
            <Show when={issueFor(f.key)}>
              {(text) => (
                <span id={`${id(f.key)}-error`} class="field-error">
                  {text()}
                </span>
              )}
            </Show>
          </div>
        )}
      </For>
      <div class="field">
        <label for={id('level')}>Cấp</label>
        <select id={id('level')} value={props.level} onChange={(e) => props.onLevel(levelOf(e.currentTarget.value))}>
          <For each={OFFICE_LEVELS}>{(l) => <option value={l}>{OFFICE_LEVEL_LABELS[l]}</option>}</For>
        </select>
      </div>
    </>
  );
}
