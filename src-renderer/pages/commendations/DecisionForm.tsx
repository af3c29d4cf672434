import { createSignal, For, Show } from 'solid-js';
import DateField from '../../components/form/DateField';
import { focusFirstInvalid } from '../../components/form/focus-invalid';
import { dateRefusalMessage, parseVnDate } from '../../../src-main/shared/vn-date';
import { useOfficeSettings } from '../../lib/office-settings';
import { catalogueOptions } from '../../stores/cataloguesStore';
import { loadLatestYear } from '../../stores/latestYear';
import { createDecision, updateDecision, type Decision, type DecisionInput } from './commendationsStore';
import FormConflict from '../../components/form/FormConflict';
import FormDraftOffer from '../../components/form/FormDraftOffer';
import { createFormDraft } from '../../lib/form-draft';
import { conflictRecord, isVersioned } from '../../lib/stale-write';
import { decisionConflictLines, decisionFormValues } from './decision-form-values';

export interface DecisionFormProps {
  /** The decision being edited, or null for a new one. */
  decision: Decision | null;
  onSaved: (d: Decision) => void;
  onCancel: () => void;
}

type Field = keyof DecisionInput;
const TEXT_FIELDS: [Field, string, boolean][] = [
  ['signerTitle', 'Chức vụ người ký (ví dụ GIÁM ĐỐC)', true],
  ['signerName', 'Họ tên người ký', true],
  ['issuerLine', 'Cấp khen in trên bằng (ví dụ Giám đốc Công an tỉnh Hải Dương)', false],
  ['place', 'Địa danh', false],
];

/**
 * The commendation decision form (quyết định khen thưởng). The core validates everything; the form
 * only converts the date typed as dd/mm/yyyy and shows the core's per-field messages.
 */
export default function DecisionForm(props: DecisionFormProps) {
  const d = props.decision;
  const office = useOfficeSettings().settings();
  const [values, setValues] = createSignal(decisionFormValues(d, { year: new Date().getFullYear(), place: office?.placeName ?? '' }));
  // The version the clerk's values were made against: a save over a newer one is refused (CONFLICT).
  const [baseVersion, setBaseVersion] = createSignal(d?.version);
  const [conflict, setConflict] = createSignal<Decision | null>(null);
  // Kept in the core while half-filled, so a reload or a crash loses nothing; offered back on reopening.
  const draft = createFormDraft('form-commendations', d?.id ?? 'new', values());
  const [issues, setIssues] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal<string | null>(null);
  const set = (k: string, v: string) => {
    setValues({ ...values(), [k]: v });
    draft.changed(values());
  };
  // A new decision is for the latest year with data, unless the clerk has typed a year meanwhile.
  const openingYear = values().year;
  if (!d) void loadLatestYear().then((y) => values().year === openingYear && setValues({ ...values(), year: String(y) }));
  let form: HTMLFormElement | undefined;
  // Every refusal marks its field and takes the clerk there, wherever the form is scrolled.
  const refuse = (byField: Record<string, string>) => {
    setIssues(byField);
    focusFirstInvalid(form);
  };

  async function submit(e: Event) {
    e.preventDefault();
    const v = values();
    const typed = v.signedOn ?? '';
    const date = parseVnDate(typed);
    if (!date.ok) {
      setMessage(null);
      return refuse({ signedOn: typed.trim() === '' ? 'Nhập ngày ký, ví dụ 15/12/2026.' : dateRefusalMessage(typed, date.reason) });
    }
    const input = { ...v, signedOn: date.iso, year: Number(v.year), occasionId: v.occasionId || null } as DecisionInput;
    const r = d ? await updateDecision(d.id, input, baseVersion()) : await createDecision(input);
    if (r.ok) {
      await draft.discard();
      return props.onSaved(r.data);
    }
    const current = conflictRecord({ code: r.code ?? 'INTERNAL', current: r.current }, isDecision);
    if (current) {
      setMessage(null);
      return setConflict(current);
    }
    setMessage(r.message);
    const byField: Record<string, string> = {};
    for (const i of r.issues ?? []) byField[String(i.path[0])] ??= i.message;
    refuse(byField);
  }

  // Keep mine: save the clerk's values over the newer version; take theirs: the form shows the saved one.
  const keepMine = (current: Decision) => {
    setBaseVersion(current.version);
    setConflict(null);
    form?.requestSubmit();
  };
  const takeTheirs = (current: Decision) => {
    setValues(decisionFormValues(current, { year: current.year, place: '' }));
    draft.changed(values());
    setBaseVersion(current.version);
    setConflict(null);
  };
  const choiceName = (field: string, id: string) => {
    const catalogue = field === 'authorityId' ? 'awarding_authority' : field === 'awardFormId' ? 'award_form' : 'occasion';
    return catalogueOptions(catalogue)().find((o) => o.value === id)?.label;
  };

  const input = (key: string, label: string, required = false) => (
    <div class="field">
      <label for={`dec-${key}`}>{label}</label>
      <input
        id={`dec-${key}`}
        value={values()[key] ?? ''}
        required={required}
        aria-invalid={issues()[key] ? 'true' : 'false'}
        onInput={(e) => set(key, e.currentTarget.value)}
      />
      <Show when={issues()[key]}>{(m) => <span class="field-error">{m()}</span>}</Show>
    </div>
  );
  const select = (key: string, label: string, catalogue: 'award_form' | 'awarding_authority' | 'occasion', optional = false) => (
    <div class="field">
      <label for={`dec-${key}`}>{label}</label>
      <select
        id={`dec-${key}`}
        value={values()[key] ?? ''}
        aria-invalid={issues()[key] ? 'true' : 'false'}
        onChange={(e) => set(key, e.currentTarget.value)}
      >
        <option value="">{optional ? '(không chọn)' : '— Chọn —'}</option>
        <For each={catalogueOptions(catalogue)()}>{(o) => <option value={o.value}>{o.label}</option>}</For>
      </select>
      <Show when={issues()[key]}>{(m) => <span class="field-error">{m()}</span>}</Show>
    </div>
  );

  return (
    <form ref={form} class="panel decision-form" onSubmit={(e) => void submit(e)} aria-label="Quyết định khen thưởng">
      <h2>{d ? `Sửa quyết định số ${d.number}` : 'Quyết định khen thưởng mới'}</h2>
      <FormDraftOffer
        draft={draft}
        onRestore={(kept) => {
          setValues({ ...values(), ...kept });
          draft.changed(values());
        }}
      />
      <Show when={message()}>
        {(m) => (
          <p class="notice notice-error" role="alert">
            {m()}
          </p>
        )}
      </Show>
      {input('number', 'Số quyết định', true)}
      {input('symbol', 'Ký hiệu (ví dụ QĐ-CAT-PV01)')}
      <DateField
        id="dec-signedOn"
        label="Ngày ký (dd/mm/yyyy)"
        required
        value={values().signedOn ?? ''}
        error={issues().signedOn}
        onInput={(t) => set('signedOn', t)}
      />
      {input('year', 'Năm khen thưởng', true)}
      {select('authorityId', 'Cấp khen', 'awarding_authority')}
      {select('awardFormId', 'Hình thức khen thưởng', 'award_form')}
      {select('occasionId', 'Đợt khen thưởng', 'occasion', true)}
      <For each={TEXT_FIELDS}>{([key, label, required]) => input(key, label, required)}</For>
      <div class="field">
        <label for="dec-subject">Trích yếu</label>
        <textarea id="dec-subject" rows="2" value={values().subject ?? ''} onInput={(e) => set('subject', e.currentTarget.value)} />
      </div>
      <Show when={conflict()}>
        {(c) => (
          <FormConflict
            subject="Quyết định này"
            lines={decisionConflictLines(values(), c(), choiceName)}
            onKeepMine={() => keepMine(c())}
            onTakeTheirs={() => takeTheirs(c())}
          />
        )}
      </Show>
      <div class="toolbar">
        <button type="submit" class="btn btn-primary">
          Lưu quyết định
        </button>
        <button type="button" class="btn" onClick={() => void draft.discard().then(() => props.onCancel())}>
          Hủy
        </button>
      </div>
    </form>
  );
}

const isDecision = (v: unknown): v is Decision => isVersioned(v) && 'signedOn' in v;
