import { createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldIssue } from '../../../../src-main/contract';
import type { OfficeLevel } from '../../../../src-main/contract/exchange/office';
import StatusNotice, { type Notice } from '../../../components/form/StatusNotice';
import { call } from '../../../lib/api';
import { OfficeFields, type OfficeTextField } from './OfficeFields';

interface Draft {
  id: string;
  code: string;
  name: string;
  level: OfficeLevel;
  publicKey: string;
}

const TEXT_FIELDS: OfficeTextField<'id' | 'code' | 'name'>[] = [
  { key: 'id', label: 'Mã cơ quan', hint: 'Ví dụ: CAH-THUYNGUYEN' },
  { key: 'code', label: 'Mã đơn vị hành chính', hint: 'Ví dụ: 311' },
  { key: 'name', label: 'Tên cơ quan', hint: 'Ví dụ: Công an huyện Thuỷ Nguyên' },
];

/**
 * Registers an office that sends packages, trust on first use: the key file is read, its fingerprint
 * shown to compare by phone with the sending office, and only "Đã đối chiếu, đăng ký" registers it.
 */
export function AddOfficeForm(props: { onAdded: () => void }) {
  const [draft, setDraft] = createStore<Draft>({ id: '', code: '', name: '', level: 'district', publicKey: '' });
  const [fingerprint, setFingerprint] = createSignal<string | null>(null);
  const [issues, setIssues] = createSignal<FieldIssue[]>([]);
  const [message, setMessage] = createSignal<Notice | null>(null);

  async function readKey(input: HTMLInputElement) {
    const file = input.files?.[0];
    setFingerprint(null);
    setDraft('publicKey', file ? await file.text() : '');
  }

  async function send(confirm: boolean) {
    const r = await call('offices.add', { ...draft, confirm });
    setIssues(r.ok ? [] : (r.error.issues ?? []));
    if (!r.ok) return setMessage({ ok: false, text: r.error.message });
    if (!confirm) return setFingerprint(r.data.fingerprint);
    setFingerprint(null);
    setMessage({ ok: true, text: `Đã đăng ký ${draft.name}; từ nay nhận được gói của cơ quan này.` });
    props.onAdded();
  }

  return (
    <form class="panel" aria-labelledby="exchange-add-heading" novalidate onSubmit={(e) => (e.preventDefault(), void send(false))}>
      <h2 id="exchange-add-heading">Đăng ký cơ quan gửi gói</h2>
      <OfficeFields
        idPrefix="exchange-add"
        fields={TEXT_FIELDS}
        value={(key) => draft[key]}
        level={draft.level}
        issues={issues()}
        onInput={(key, value) => (setFingerprint(null), setDraft(key, value))}
        onLevel={(level) => setDraft('level', level)}
      />
      <div class="field">
        <label for="exchange-add-key">Tệp khoá công khai (.pem)</label>
        <input id="exchange-add-key" type="file" accept=".pem" onChange={(e) => void readKey(e.currentTarget)} />
      </div>
      <StatusNotice notice={message()} />
      <Show
        when={fingerprint()}
        fallback={
          <button type="submit" class="btn btn-primary">
            Xem dấu vân tay
          </button>
        }
      >
        {(fp) => (
          <div class="notice" role="status" data-testid="exchange-add-fingerprint">
            <p>
              Dấu vân tay khoá: <code>{fp()}</code>
            </p>
            <p>Gọi điện cho {draft.name || 'cơ quan gửi'} và đối chiếu từng nhóm ký tự trước khi đăng ký.</p>
            <div class="toolbar">
              <button type="button" class="btn btn-primary" onClick={() => void send(true)}>
                Đã đối chiếu, đăng ký
              </button>
              <button type="button" class="btn" onClick={() => setFingerprint(null)}>
                Huỷ
              </button>
            </div>
          </div>
        )}
      </Show>
    </form>
  );
}
