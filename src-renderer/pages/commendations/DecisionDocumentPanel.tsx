import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/download';
import { can } from '../../lib/permissions';
import { SIGNING_FORMS } from '../../../src-main/shared/signing-forms';
import type { Decision } from './commendationsStore';
import { fromFields, toFields, type DocumentFields } from './decision-document-form';
import '../../components/form/document-fields.css';

const FORM_LABELS: Record<string, string> = {
  '': 'Ký trực tiếp',
  'KT.': 'KT. (ký thay)',
  'TL.': 'TL. (thừa lệnh)',
  'TUQ.': 'TUQ. (thừa ủy quyền)',
  'TM.': 'TM. (thay mặt tập thể)',
  'Q.': 'Q. (quyền)',
};
const EXPORTS = { docx: 'commendations.exportDecisionDocx', pdf: 'commendations.exportDecisionPdf' } as const;

type Key = keyof DocumentFields;

/**
 * The decision as a document (Quyết định khen thưởng kèm danh sách): its text parts, prefilled from the
 * last decision and the office settings, saved with the decision when it is exported to Word or PDF.
 */
export default function DecisionDocumentPanel(props: { decision: Decision }) {
  const [open, setOpen] = createSignal(false);
  const [fields, setFields] = createStore<Partial<DocumentFields>>({});
  const [saved, setSaved] = createSignal(false);
  const [busy, setBusy] = createSignal('');
  const [message, setMessage] = createSignal<{ error: boolean; text: string } | null>(null);

  async function load() {
    const r = await call('commendations.decisionDocument.get', { id: props.decision.id });
    if (!r.ok) return setMessage({ error: true, text: r.error.message });
    setFields(toFields(r.data.document));
    setSaved(r.data.saved);
  }
  function toggle() {
    setOpen(!open());
    if (open()) void load();
  }

  /** Saves the parts (a viewer, who may not save, is not asked to and still gets the file), then exports with them. */
  async function exportFile(kind: keyof typeof EXPORTS) {
    const doc = fromFields(fields as DocumentFields);
    if (typeof doc === 'string') return setMessage({ error: true, text: doc });
    setBusy(kind);
    setMessage(null);
    if (can('edit')) {
      const s = await call('commendations.decisionDocument.save', { id: props.decision.id, document: doc });
      if (!s.ok) {
        setBusy('');
        return setMessage({ error: true, text: s.error.message });
      }
      setSaved(true);
    }
    const r = await call(EXPORTS[kind], { id: props.decision.id, document: doc });
    setBusy('');
    if (!r.ok) return setMessage({ error: true, text: r.error.message });
    downloadBase64(r.data.base64, r.data.fileName, r.data.mimeType);
    setMessage({ error: false, text: `Đã xuất ${r.data.fileName}.` });
  }

  const text = (id: Key, label: string, wide = false) => (
    <div classList={{ field: true, wide }}>
      <label for={`qd-${id}`}>{label}</label>
      <input id={`qd-${id}`} value={String(fields[id] ?? '')} onInput={(e) => setFields(id, e.currentTarget.value)} />
    </div>
  );
  const area = (id: Key, label: string, rows: number) => (
    <div class="field wide">
      <label for={`qd-${id}`}>{label}</label>
      <textarea id={`qd-${id}`} rows={rows} value={String(fields[id] ?? '')} onInput={(e) => setFields(id, e.currentTarget.value)} />
    </div>
  );

  return (
    <section class="decision-document" data-testid="decision-document">
      <div class="toolbar">
        <button type="button" class="btn" aria-expanded={open()} onClick={toggle}>
          Văn bản quyết định (Word, PDF)
        </button>
        <Show when={open() && fields.issuingBody !== undefined}>
          <button type="button" class="btn btn-primary" disabled={busy() !== ''} onClick={() => void exportFile('docx')}>
            {busy() === 'docx' ? 'Đang xuất…' : 'Xuất Word'}
          </button>
          <button type="button" class="btn" disabled={busy() !== ''} onClick={() => void exportFile('pdf')}>
            {busy() === 'pdf' ? 'Đang xuất…' : 'Xuất PDF'}
          </button>
        </Show>
      </div>
      <Show when={message()}>
        {(m) => (
          <p classList={{ notice: true, 'notice-error': m().error }} role={m().error ? 'alert' : 'status'}>
            {m().text}
          </p>
        )}
      </Show>
      <Show when={open() && fields.issuingBody !== undefined}>
        <fieldset class="document-fields">
          <legend>
            Phần văn bản <span class="muted">{saved() ? '(đã lưu)' : '(điền sẵn, chưa lưu)'}</span>
          </legend>
          {text('parentBody', 'Cơ quan cấp trên')}
          {text('issuingBody', 'Cơ quan ban hành')}
          {area('legalBases', 'Căn cứ (mỗi dòng một căn cứ)', 4)}
          {text('proposer', 'Xét đề nghị của', true)}
          {text('achievement', 'Thành tích (Điều 1: "đã có thành tích xuất sắc trong …")', true)}
          {text('individualCoefficient', 'Hệ số tiền thưởng cá nhân (0: không thưởng tiền)')}
          {text('collectiveCoefficient', 'Hệ số tiền thưởng tập thể')}
          {text('baseSalary', 'Mức lương cơ sở (đồng)')}
          {text('executors', 'Người thi hành (Điều 3)', true)}
          {area('recipients', 'Nơi nhận (mỗi dòng một nơi)', 3)}
          <div class="field">
            <label for="qd-signingForm">Hình thức ký</label>
            <select
              id="qd-signingForm"
              value={fields.signingForm ?? ''}
              onChange={(e) => setFields('signingForm', e.currentTarget.value as DocumentFields['signingForm'])}
            >
              <For each={SIGNING_FORMS}>{(s) => <option value={s}>{FORM_LABELS[s]}</option>}</For>
            </select>
          </div>
          <Show when={fields.signingForm}>{text('onBehalfOf', 'Chức vụ người đứng đầu')}</Show>
        </fieldset>
      </Show>
    </section>
  );
}
