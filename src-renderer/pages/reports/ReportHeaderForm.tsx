import { For, Show } from 'solid-js';
import { SIGNING_FORMS, type HeaderFields } from './header-form';
import { SIGNING_FORM_LABELS } from '../../components/form/signing-form-labels';
import '../../components/form/document-fields.css';

interface Props {
  fields: HeaderFields;
  /** Sets one field as typed. */
  setField: (field: keyof HeaderFields, value: string) => void;
  saved: boolean;
}

function TextField(p: { id: string; label: string; value: string; onInput: (v: string) => void; wide?: boolean; placeholder?: string }) {
  return (
    <div classList={{ field: true, wide: !!p.wide }}>
      <label for={p.id}>{p.label}</label>
      <input id={p.id} value={p.value} placeholder={p.placeholder ?? ''} onInput={(e) => p.onInput(e.currentTarget.value)} />
    </div>
  );
}

/**
 * The report's header and signature as the clerk fills them in (thể thức văn bản): prefilled from the
 * office settings and the last report, saved with the report when it is exported.
 */
export default function ReportHeaderForm(props: Props) {
  const f = () => props.fields;
  const set = (field: keyof HeaderFields, value: string) => props.setField(field, value);
  return (
    <fieldset class="document-fields" data-testid="report-header">
      <legend>
        Phần đầu và chữ ký văn bản <span class="muted">{props.saved ? '(đã lưu)' : '(điền sẵn, chưa lưu)'}</span>
      </legend>
      <TextField id="h-parent" label="Cơ quan cấp trên" value={f().parentBody} onInput={(v) => set('parentBody', v)} />
      <TextField id="h-body" label="Cơ quan ban hành" value={f().issuingBody} onInput={(v) => set('issuingBody', v)} />
      <TextField id="h-number" label="Số" value={f().number} placeholder="để trống nếu chưa vào sổ" onInput={(v) => set('number', v)} />
      <TextField id="h-symbol" label="Ký hiệu" value={f().symbol} placeholder="BC-PV05" onInput={(v) => set('symbol', v)} />
      <TextField id="h-place" label="Địa danh" value={f().place} onInput={(v) => set('place', v)} />
      <TextField id="h-date" label="Ngày ban hành" value={f().issuedOn} placeholder="dd/mm/yyyy" onInput={(v) => set('issuedOn', v)} />
      <TextField id="h-subject" label="Trích yếu" value={f().subject} wide onInput={(v) => set('subject', v)} />
      <div class="field wide">
        <label for="h-recipients">Nơi nhận (mỗi dòng một nơi)</label>
        <textarea id="h-recipients" rows={3} value={f().recipients} onInput={(e) => set('recipients', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="h-form">Hình thức ký</label>
        <select id="h-form" value={f().signingForm} onChange={(e) => set('signingForm', e.currentTarget.value)}>
          <For each={SIGNING_FORMS}>{(s) => <option value={s}>{SIGNING_FORM_LABELS[s]}</option>}</For>
        </select>
      </div>
      <Show when={f().signingForm !== ''}>
        <TextField id="h-head" label="Chức vụ người đứng đầu" value={f().onBehalfOf} onInput={(v) => set('onBehalfOf', v)} />
      </Show>
      <TextField id="h-title" label="Chức vụ người ký" value={f().signerTitle} onInput={(v) => set('signerTitle', v)} />
      <TextField id="h-name" label="Họ tên người ký" value={f().signerName} onInput={(v) => set('signerName', v)} />
    </fieldset>
  );
}
