import { Show } from 'solid-js';
import { focusFirstInvalid } from '../../components/form/focus-invalid';
import FormConflict from '../../components/form/FormConflict';
import FormDraftOffer from '../../components/form/FormDraftOffer';
import type { Decision } from './commendationsStore';
import DecisionFields, { decisionChoiceName } from './DecisionFields';
import { createDecisionFormState } from './decision-form-state';
import { decisionConflictLines } from './decision-form-values';

export interface DecisionFormProps {
  /** The decision being edited, or null for a new one. */
  decision: Decision | null;
  onSaved: (d: Decision) => void;
  onCancel: () => void;
}

/**
 * The commendation decision form (quyết định khen thưởng). The core validates everything; the form
 * only converts the date typed as dd/mm/yyyy and shows the core's per-field messages, taking the
 * clerk to the first refused field wherever the form is scrolled.
 */
export default function DecisionForm(props: DecisionFormProps) {
  const state = createDecisionFormState(props.decision, (d) => props.onSaved(d));
  let form: HTMLFormElement | undefined;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!(await state.save())) focusFirstInvalid(form);
  };
  return (
    <form ref={form} class="panel decision-form" onSubmit={(e) => void submit(e)} aria-label="Quyết định khen thưởng">
      <h2>{props.decision ? `Sửa quyết định số ${props.decision.number}` : 'Quyết định khen thưởng mới'}</h2>
      <FormDraftOffer draft={state.draft} onRestore={state.restore} />
      <Show when={state.message()}>
        {(m) => (
          <p class="notice notice-error" role="alert">
            {m()}
          </p>
        )}
      </Show>
      <DecisionFields values={state.values()} issues={state.issues()} onInput={state.set} />
      <Show when={state.conflict()}>
        {(c) => (
          <FormConflict
            subject="Quyết định này"
            lines={decisionConflictLines(state.values(), c(), decisionChoiceName)}
            onKeepMine={() => {
              state.resolve(c(), false);
              form?.requestSubmit();
            }}
            onTakeTheirs={() => state.resolve(c(), true)}
          />
        )}
      </Show>
      <div class="toolbar">
        <button type="submit" class="btn btn-primary">
          Lưu quyết định
        </button>
        <button type="button" class="btn" onClick={() => void state.draft.discard().then(() => props.onCancel())}>
          Hủy
        </button>
      </div>
    </form>
  );
}
