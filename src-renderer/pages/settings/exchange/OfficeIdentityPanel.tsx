import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldIssue } from '../../../../src-main/contract';
import { OFFICE_LEVEL_LABELS, OFFICE_LEVELS, type OfficeLevel } from '../../../../src-main/contract/exchange/office';
import { call } from '../../../lib/api';
import { downloadBytes } from '../../../lib/download';
import type { OfficeView } from './exchangeStore';

interface Draft {
  id: string;
  code: string;
  name: string;
  level: OfficeLevel;
  parentOfficeId: string;
}

const TEXT_FIELDS: { key: 'id' | 'code' | 'name' | 'parentOfficeId'; label: string; hint: string }[] = [
  { key: 'id', label: 'Mã cơ quan (dùng trong gói dữ liệu)', hint: 'Ví dụ: CAH-THUYNGUYEN' },
  { key: 'code', label: 'Mã đơn vị hành chính', hint: 'Ví dụ: 311' },
  { key: 'name', label: 'Tên cơ quan', hint: 'Ví dụ: Công an huyện Thuỷ Nguyên' },
  { key: 'parentOfficeId', label: 'Mã cơ quan cấp trên (nhận gói)', hint: 'Ví dụ: CAT-HAIPHONG; để trống nếu không có' },
];

function levelOf(value: string): OfficeLevel {
  return OFFICE_LEVELS.find((l) => l === value) ?? 'district';
}

/** Saves the public key as a .pem file, to hand to the office above (it registers it before receiving). */
function savePublicKey(o: OfficeView): void {
  downloadBytes(new TextEncoder().encode(`${o.publicKey.trim()}\n`), `khoa-cong-khai-${o.id}.pem`, 'application/x-pem-file');
}

/** This database's office (cơ quan): set it once (the id then stays), its key's fingerprint and the key file. */
export function OfficeIdentityPanel(props: { office: OfficeView | null; onSaved: () => void }) {
  const o = props.office;
  const saved = () => props.office !== null;
  const [draft, setDraft] = createStore<Draft>({
    id: o?.id ?? '',
    code: o?.code ?? '',
    name: o?.name ?? '',
    level: o?.level ?? 'district',
    parentOfficeId: o?.parentOfficeId ?? '',
  });
  const [issues, setIssues] = createSignal<FieldIssue[]>([]);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const issueFor = (key: string) => issues().find((i) => i.path[0] === key)?.message;

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const parent = draft.parentOfficeId.trim();
    const input = { code: draft.code, name: draft.name, level: draft.level, parentOfficeId: parent === '' ? null : parent };
    const r = await call('office.set', saved() ? input : { ...input, id: draft.id });
    setIssues(r.ok ? [] : (r.error.issues ?? []));
    setMessage(r.ok ? { ok: true, text: 'Đã lưu thông tin cơ quan.' } : { ok: false, text: r.error.message });
    if (r.ok) props.onSaved();
  }

  return (
    <form class="panel" aria-labelledby="exchange-office-heading" onSubmit={submit} novalidate>
      <h2 id="exchange-office-heading">Cơ quan này</h2>
      <Show
        when={props.office}
        fallback={<p class="notice notice-error">Chưa đặt thông tin cơ quan: hãy nhập rồi lưu trước khi trao đổi gói dữ liệu.</p>}
      >
        {(own) => (
          <div class="exchange-key">
            <p>
              Dấu vân tay khoá: <code data-testid="own-fingerprint">{own().fingerprint}</code>
            </p>
            <p class="muted">Đọc dấu vân tay này qua điện thoại cho cơ quan cấp trên khi họ đăng ký khoá của cơ quan này.</p>
            <button type="button" class="btn" onClick={() => savePublicKey(own())}>
              Lưu khoá công khai (.pem)
            </button>
          </div>
        )}
      </Show>
      <For each={TEXT_FIELDS}>
        {(f) => (
          <div class="field">
            <label for={`exchange-office-${f.key}`}>{f.label}</label>
            <input
              id={`exchange-office-${f.key}`}
              value={draft[f.key]}
              placeholder={f.hint}
              disabled={f.key === 'id' && saved()}
              aria-invalid={issueFor(f.key) ? 'true' : undefined}
              aria-describedby={issueFor(f.key) ? `exchange-office-${f.key}-error` : undefined}
              onInput={(e) => setDraft(f.key, e.currentTarget.value)}
            />
            <Show when={issueFor(f.key)}>
              {(text) => (
                <span id={`exchange-office-${f.key}-error`} class="field-error">
                  {text()}
                </span>
              )}
            </Show>
          </div>
        )}
      </For>
      <div class="field">
        <label for="exchange-office-level">Cấp</label>
        <select id="exchange-office-level" value={draft.level} onChange={(e) => setDraft('level', levelOf(e.currentTarget.value))}>
          <For each={OFFICE_LEVELS}>{(l) => <option value={l}>{OFFICE_LEVEL_LABELS[l]}</option>}</For>
        </select>
      </div>
      <Show when={message()}>
        {(m) => (
          <p class={m().ok ? 'notice notice-ok' : 'notice notice-error'} role="status">
            {m().text}
          </p>
        )}
      </Show>
      <button type="submit" class="btn btn-primary">
        Lưu thông tin cơ quan
      </button>
    </form>
  );
}
