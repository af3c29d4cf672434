import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldIssue } from '../../../../src-main/contract';
import { OFFICE_LEVEL_LABELS, OFFICE_LEVELS, type OfficeLevel } from '../../../../src-main/contract/exchange/office';
import { call } from '../../../lib/api';

interface Draft {
  id: string;
  code: string;
  name: string;
  level: OfficeLevel;
  publicKey: string;
}

const TEXT_FIELDS: { key: 'id' | 'code' | 'name'; label: string; hint: string }[] = [
  { key: 'id', label: 'Mã cơ quan', hint: 'Ví dụ: CAH-THUYNGUYEN' },
  { key: 'code', label: 'Mã đơn vị hành chính', hint: 'Ví dụ: 311' },
  { key: 'name', label: 'Tên cơ quan', hint: 'Ví dụ: Công an huyện Thuỷ Nguyên' },
];

function levelOf(value: string): OfficeLevel {
  return OFFICE_LEVELS.find((l) => l === value) ?? 'district';
}

/**
 * Registers an office that sends packages, trust on first use: the key file is read, its fingerprint
 * shown to compare by phone with the sending office, and only "Đã đối chiếu, đăng ký" registers it.
 */
export function AddOfficeForm(props: { onAdded: () => void }) {
  const [draft, setDraft] = createStore<Draft>({ id: '', code: '', name: '', level: 'district', publicKey: '' });
  const [fingerprint, setFingerprint] = createSignal<string | null>(null);
  const [issues, setIssues] = createSignal<FieldIssue[]>([]);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const issueFor = (key: string) => issues().find((i) => i.path[0] === key)?.message;

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
      <For each={TEXT_FIELDS}>
        {(f) => (
          <div class="field">
            <label for={`exchange-add-${f.key}`}>{f.label}</label>
            <input
              id={`exchange-add-${f.key}`}
              value={draft[f.key]}
              placeholder={f.hint}
              aria-invalid={issueFor(f.key) ? 'true' : undefined}
              aria-describedby={issueFor(f.key) ? `exchange-add-${f.key}-error` : undefined}
              onInput={(e) => (setFingerprint(null), setDraft(f.key, e.currentTarget.value))}
            />
            <Show when={issueFor(f.key)}>
              {(text) => (
                <span id={`exchange-add-${f.key}-error`} class="field-error">
                  {text()}
                </span>
              )}
            </Show>
          </div>
        )}
      </For>
      <div class="field">
        <label for="exchange-add-level">Cấp</label>
        <select id="exchange-add-level" value={draft.level} onChange={(e) => setDraft('level', levelOf(e.currentTarget.value))}>
          <For each={OFFICE_LEVELS}>{(l) => <option value={l}>{OFFICE_LEVEL_LABELS[l]}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="exchange-add-key">Tệp khoá công khai (.pem)</label>
        <input id="exchange-add-key" type="file" accept=".pem" onChange={(e) => void readKey(e.currentTarget)} />
      </div>
      <Show when={message()}>
        {(m) => (
          <p class={m().ok ? 'notice notice-ok' : 'notice notice-error'} role="status">
            {m().text}
          </p>
        )}
      </Show>
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
