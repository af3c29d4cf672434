import { createSignal } from 'solid-js';
import { createFormDraft } from '../../lib/form-draft';
import { useOfficeSettings } from '../../lib/office-settings';
import { loadLatestYear } from '../../stores/latestYear';
import type { Decision } from './commendationsStore';
import { saveDecisionForm } from './decision-form-save';
import { decisionFormValues, type DecisionFormValues } from './decision-form-values';

/**
 * The decision form's state: the typed values (kept as a draft in the core while half-filled, offered
 * back on reopening), the core's refusals, and a stale save's conflict with the clerk's two choices.
 */
export function createDecisionFormState(decision: Decision | null, onSaved: (d: Decision) => void) {
  const office = useOfficeSettings().settings();
  const [values, setValues] = createSignal(
    decisionFormValues(decision, { year: new Date().getFullYear(), place: office?.placeName ?? '' }),
  );
  // The version the clerk's values were made against: a save over a newer one is refused (CONFLICT).
  const [baseVersion, setBaseVersion] = createSignal(decision?.version);
  const [conflict, setConflict] = createSignal<Decision | null>(null);
  const [issues, setIssues] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal<string | null>(null);
  const draft = createFormDraft('form-commendations', decision?.id ?? 'new', values());
  const put = (next: DecisionFormValues) => {
    setValues(next);
    draft.changed(next);
  };
  // A new decision is for the latest year with data, unless the clerk has typed a year meanwhile.
  const openingYear = values().year;
  if (!decision) void loadLatestYear().then((y) => values().year === openingYear && setValues({ ...values(), year: String(y) }));

  /** Saves; answers false when refused by field, so the form can take the clerk to the first one. */
  async function save(): Promise<boolean> {
    const r = await saveDecisionForm(values(), decision, baseVersion());
    if (r.kind === 'saved') {
      await draft.discard();
      onSaved(r.decision);
      return true;
    }
    setMessage(r.kind === 'refused' ? r.message : null);
    if (r.kind === 'conflict') setConflict(r.current);
    else setIssues(r.byField);
    return r.kind !== 'refused';
  }
  return {
    values,
    issues,
    message,
    conflict,
    draft,
    save,
    set: (field: string, value: string) => put({ ...values(), [field]: value }),
    restore: (kept: DecisionFormValues) => put({ ...values(), ...kept }),
    /** Keep mine: the next save goes over the newer version. */
    keepMine(current: Decision) {
      setBaseVersion(current.version);
      setConflict(null);
    },
    /** Take theirs: the form shows the saved decision. */
    takeTheirs(current: Decision) {
      put(decisionFormValues(current, { year: current.year, place: '' }));
      setBaseVersion(current.version);
      setConflict(null);
    },
  };
}
