import { createSignal, type Accessor } from 'solid-js';
import { createFormDraft } from '../../lib/form-draft';
import { useOfficeSettings } from '../../lib/office-settings';
import { loadLatestYear } from '../../stores/latestYear';
import type { Decision } from './commendationsStore';
import { saveDecisionForm } from './decision-form-save';
import { decisionFormValues, type DecisionFormValues } from './decision-form-values';

/** A new decision is for the latest year with data, unless the clerk has typed a year meanwhile. */
function startAtLatestYear(values: Accessor<DecisionFormValues>, setYear: (year: string) => void): void {
  const openingYear = values().year;
  void loadLatestYear().then((y) => values().year === openingYear && setYear(String(y)));
}

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
  if (!decision) startAtLatestYear(values, (year) => setValues({ ...values(), year }));
  /** Answers false when refused by field, so the form can take the clerk to the first one. */
  async function save(): Promise<boolean> {
    const r = await saveDecisionForm(values(), decision, baseVersion());
    if (r.kind === 'saved') return draft.discard().then(() => (onSaved(r.decision), true));
    setMessage(r.kind === 'refused' ? r.message : null);
    if (r.kind === 'conflict') setConflict(r.current);
    if (r.kind === 'refused') setIssues(r.byField);
    return r.kind !== 'refused';
  }
  // Keep mine: the next save goes over the newer version. Take theirs: the form shows the saved one.
  const resolve = (current: Decision, theirs: boolean) => {
    if (theirs) put(decisionFormValues(current, { year: current.year, place: '' }));
    setBaseVersion(current.version);
    setConflict(null);
  };
  return {
    values,
    issues,
    message,
    conflict,
    draft,
    save,
    resolve,
    set: (field: string, value: string) => put({ ...values(), [field]: value }),
    restore: (kept: DecisionFormValues) => put({ ...values(), ...kept }),
  };
}
