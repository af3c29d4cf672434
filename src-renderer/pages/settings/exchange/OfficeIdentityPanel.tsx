import { createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldIssue } from '../../../../src-main/contract';
import type { OfficeLevel } from '../../../../src-main/contract/exchange/office';
import StatusNotice, { type Notice } from '../../../components/form/StatusNotice';
import { call } from '../../../lib/api';
import { OfficeFields, type OfficeTextField } from './OfficeFields';
import { downloadBytes } from '../../../lib/download';
import type { OfficeView } from './exchangeStore';

interface Draft {
  id: string;
  code: string;
  name: string;
  level: OfficeLevel;
  parentOfficeId: string;
}

const TEXT_FIELDS: OfficeTextField<'id' | 'code' | 'name' | 'parentOfficeId'>[] = [
  { key: 'id', label: 'Mã cơ quan (dùng trong gói dữ liệu)', hint: 'Ví dụ: CAH-THUYNGUYEN' },
  { key: 'code', label: 'Mã đơn vị hành chính', hint: 'Ví dụ: 311' },
  { key: 'name', label: 'Tên cơ quan', hint: 'Ví dụ: Công an huyện Thuỷ Nguyên' },
  { key: 'parentOfficeId', label: 'Mã cơ quan cấp trên (nhận gói)', hint: 'Ví dụ: CAT-HAIPHONG; để trống nếu không có' },
];

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
  const [message, setMessage] = createSignal<Notice | null>(null);

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
      <OfficeFields
        idPrefix="exchange-office"
        fields={TEXT_FIELDS}
        value={(key) => draft[key]}
        level={draft.level}
        issues={issues()}
        disabled={(key) => key === 'id' && saved()}
        onInput={(key, value) => setDraft(key, value)}
        onLevel={(level) => setDraft('level', level)}
      />
      <StatusNotice notice={message()} />
      <button type="submit" class="btn btn-primary">
        Lưu thông tin cơ quan
      </button>
    </form>
  );
}
