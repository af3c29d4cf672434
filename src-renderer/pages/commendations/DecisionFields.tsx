import { For, Show } from 'solid-js';
import DateField from '../../components/form/DateField';
import { catalogueOptions } from '../../stores/cataloguesStore';
import type { DecisionFormValues } from './decision-form-values';

/** Props of the decision form's fields: the typed values, the core's refusals by field, where typing goes. */
export interface DecisionFieldsProps {
  values: DecisionFormValues;
  issues: Record<string, string>;
  onInput: (field: string, value: string) => void;
}

type Catalogue = 'award_form' | 'awarding_authority' | 'occasion';

/** One field of the form: which, its label, and the form's state. */
interface FieldProps extends DecisionFieldsProps {
  field: string;
  label: string;
}

/** The fields after the choices: [field, label, required]. */
const SIGNATURE_FIELDS: [string, string, boolean][] = [
  ['signerTitle', 'Chức vụ người ký (ví dụ GIÁM ĐỐC)', true],
  ['signerName', 'Họ tên người ký', true],
  ['issuerLine', 'Cấp khen in trên bằng (ví dụ Giám đốc Công an tỉnh Hải Dương)', false],
  ['place', 'Địa danh', false],
];

function FieldError(props: FieldProps) {
  return <Show when={props.issues[props.field]}>{(m) => <span class="field-error">{m()}</span>}</Show>;
}

function TextInput(props: FieldProps & { required?: boolean }) {
  return (
    <div class="field">
      <label for={`dec-${props.field}`}>{props.label}</label>
      <input
        id={`dec-${props.field}`}
        value={props.values[props.field] ?? ''}
        required={props.required}
        aria-invalid={props.issues[props.field] ? 'true' : 'false'}
        onInput={(e) => props.onInput(props.field, e.currentTarget.value)}
      />
      <FieldError {...props} />
    </div>
  );
}

/** A catalogue choice; an optional one may be left empty ("không chọn"). */
function Choice(props: FieldProps & { catalogue: Catalogue; optional?: boolean }) {
  return (
    <div class="field">
      <label for={`dec-${props.field}`}>{props.label}</label>
      <select
        id={`dec-${props.field}`}
        value={props.values[props.field] ?? ''}
        aria-invalid={props.issues[props.field] ? 'true' : 'false'}
        onChange={(e) => props.onInput(props.field, e.currentTarget.value)}
      >
        <option value="">{props.optional ? '(không chọn)' : '— Chọn —'}</option>
        <For each={catalogueOptions(props.catalogue)()}>{(o) => <option value={o.value}>{o.label}</option>}</For>
      </select>
      <FieldError {...props} />
    </div>
  );
}

/** The fields of a commendation decision, each with its refusal beside it (focus goes there on a refusal). */
export default function DecisionFields(props: DecisionFieldsProps) {
  return (
    <>
      <TextInput {...props} field="number" label="Số quyết định" required />
      <TextInput {...props} field="symbol" label="Ký hiệu (ví dụ QĐ-CAT-PV01)" />
      <DateField
        id="dec-signedOn"
        label="Ngày ký (dd/mm/yyyy)"
        required
        value={props.values.signedOn ?? ''}
        error={props.issues.signedOn}
        onInput={(t) => props.onInput('signedOn', t)}
      />
      <TextInput {...props} field="year" label="Năm khen thưởng" required />
      <Choice {...props} field="authorityId" label="Cấp khen" catalogue="awarding_authority" />
      <Choice {...props} field="awardFormId" label="Hình thức khen thưởng" catalogue="award_form" />
      <Choice {...props} field="occasionId" label="Đợt khen thưởng" catalogue="occasion" optional />
      <For each={SIGNATURE_FIELDS}>
        {([field, label, required]) => <TextInput {...props} field={field} label={label} required={required} />}
      </For>
      <div class="field">
        <label for="dec-subject">Trích yếu</label>
        <textarea
          id="dec-subject"
          rows="2"
          value={props.values.subject ?? ''}
          onInput={(e) => props.onInput('subject', e.currentTarget.value)}
        />
      </div>
    </>
  );
}

/** The name of a catalogue choice of the form, for the conflict lines (the clerk's choices are ids). */
export function decisionChoiceName(field: string, id: string): string | undefined {
  const catalogue: Catalogue = field === 'authorityId' ? 'awarding_authority' : field === 'awardFormId' ? 'award_form' : 'occasion';
  return catalogueOptions(catalogue)().find((o) => o.value === id)?.label;
}
