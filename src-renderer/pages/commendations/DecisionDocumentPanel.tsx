import { createEffect, createMemo, createSignal, For, on, Show, untrack } from 'solid-js';
import FormDraftOffer from '../../components/form/FormDraftOffer';
import { call } from '../../lib/api';
import { createDraftedValues, type PageDraft } from '../../lib/dialog-draft';
import type { FormValues } from '../../lib/form-draft';
import { downloadBase64 } from '../../lib/download';
import { can } from '../../lib/permissions';
import { SIGNING_FORMS } from '../../../src-main/shared/signing-forms';
import type { Decision } from './commendationsStore';
import {
  DECISION_DOCUMENT_DRAFTS,
  documentFieldsOf,
  fromFields,
  toFields,
  type DecisionDocument,
  type DocumentFields,
} from './decision-document-form';
import { SIGNING_FORM_LABELS } from '../../components/form/signing-form-labels';
import '../../components/form/document-fields.css';

const EXPORTS = { docx: 'commendations.exportDecisionDocx', pdf: 'commendations.exportDecisionPdf' } as const;

type Key = keyof DocumentFields;

/**
 * The decision as a document (Quyết định khen thưởng kèm danh sách): its text parts, prefilled from the
 * last decision and the office settings, saved with the decision when it is exported to Word or PDF.
 * What is typed is kept as a draft until exported (saved) or dropped (issue 10 item 1). `reopen`: a kept
 * draft chosen in the page's list, opened on its values when it is this decision's.
 */
export default function DecisionDocumentPanel(props: { decision: Decision; reopen?: PageDraft | null }) {
  const [open, setOpen] = createSignal(false);
  const [loaded, setLoaded] = createSignal<{ id: string; document: DecisionDocument; kept?: FormValues } | null>(null);
  // Made inside the memo so that the previous decision's draft stops (sends what is pending) when another loads.
  const form = createMemo(() => {
    const l = loaded();
    return l
      ? createDraftedValues(
          DECISION_DOCUMENT_DRAFTS,
          l.id,
          untrack(() => toFields(l.document)),
          l.kept,
        )
      : null;
  });
  const fields = () => documentFieldsOf(form()?.values() ?? {});
  const setField = (id: Key, value: string) => form()?.set({ [id]: value });
  const [saved, setSaved] = createSignal(false);
  const [busy, setBusy] = createSignal('');
  const [message, setMessage] = createSignal<{ error: boolean; text: string } | null>(null);

  async function load(kept?: FormValues) {
    const id = props.decision.id;
    const r = await call('commendations.decisionDocument.get', { id });
    if (!r.ok) return setMessage({ error: true, text: r.error.message });
    setLoaded({ id, document: r.data.document, kept });
    setSaved(r.data.saved);
  }
  createEffect(
    on(
      () => props.reopen,
      (d) => {
        if (d?.key !== props.decision.id) return;
        setOpen(true);
        void load(d.values);
      },
    ),
  );
  function toggle() {
    setOpen(!open());
    // Closed and opened again: the parts stay as typed (and kept), not read again.
    if (open() && loaded()?.id !== props.decision.id) void load();
  }

  /** Saves the parts (a viewer, who may not save, is not asked to and still gets the file), then exports with them. */
  async function exportFile(kind: keyof typeof EXPORTS) {
    const doc = fromFields(fields());
    if (typeof doc === 'string') return setMessage({ error: true, text: doc });
    setBusy(kind);
    setMessage(null);
    // Another office's decision keeps that office's text: it is printed as sent, not saved over here.
    if (can('edit') && !props.decision.fromOtherOffice) {
      const s = await call('commendations.decisionDocument.save', { id: props.decision.id, document: doc });
      if (!s.ok) {
        setBusy('');
        return setMessage({ error: true, text: s.error.message });
      }
      setSaved(true);
      const f = form();
      if (f) void f.draft.savedAs(f.values());
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
      <input id={`qd-${id}`} value={fields()[id]} onInput={(e) => setField(id, e.currentTarget.value)} />
    </div>
  );
  const area = (id: Key, label: string, rows: number) => (
    <div class="field wide">
      <label for={`qd-${id}`}>{label}</label>
      <textarea id={`qd-${id}`} rows={rows} value={fields()[id]} onInput={(e) => setField(id, e.currentTarget.value)} />
    </div>
  );

  return (
    <section class="decision-document" data-testid="decision-document">
      <div class="toolbar">
        <button type="button" class="btn" aria-expanded={open()} onClick={toggle}>
          Văn bản quyết định (Word, PDF)
        </button>
        <Show when={open() && form()}>
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
      <Show when={open() && form()}>{(f) => <FormDraftOffer draft={f().draft} onRestore={(v) => f().restore(v)} />}</Show>
      <Show when={open() && form()}>
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
            <select id="qd-signingForm" value={fields().signingForm} onChange={(e) => setField('signingForm', e.currentTarget.value)}>
              <For each={SIGNING_FORMS}>{(s) => <option value={s}>{SIGNING_FORM_LABELS[s]}</option>}</For>
            </select>
          </div>
          <Show when={fields().signingForm}>{text('onBehalfOf', 'Chức vụ người đứng đầu')}</Show>
        </fieldset>
      </Show>
    </section>
  );
}
