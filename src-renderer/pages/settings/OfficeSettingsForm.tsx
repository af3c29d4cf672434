import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { ApiInput, ApiResult, FieldIssue } from '../../../src-main/contract';
import { formatDateTime } from '../../lib/format';
import type { OfficeSettings } from '../../lib/office-settings';

type SettingsInput = ApiInput<'system.settings.update'>;
type FieldName = keyof SettingsInput;

const FIELDS: { name: FieldName; label: string; hint: string }[] = [
  { name: 'parentBodyName', label: 'Cơ quan cấp trên', hint: 'Ví dụ: CÔNG AN TỈNH BẮC NINH' },
  { name: 'officeName', label: 'Tên đơn vị', hint: 'Ví dụ: PHÒNG THAM MƯU' },
  { name: 'provinceName', label: 'Tỉnh', hint: 'Ví dụ: Bắc Ninh' },
  { name: 'placeName', label: 'Địa danh (ghi ở dòng ngày tháng)', hint: 'Ví dụ: Bắc Ninh → "Bắc Ninh, ngày … tháng … năm …"' },
];

export interface OfficeSettingsFormProps {
  settings: OfficeSettings;
  onSave(input: SettingsInput): Promise<ApiResult<'system.settings.update'>>;
}

/** The office's names, printed on reports and certificates. The core validates; this form shows its issues. */
export function OfficeSettingsForm(props: OfficeSettingsFormProps) {
  const [draft, setDraft] = createStore<SettingsInput>({
    officeName: props.settings.officeName,
    parentBodyName: props.settings.parentBodyName,
    provinceName: props.settings.provinceName,
    placeName: props.settings.placeName,
  });
  const [issues, setIssues] = createSignal<FieldIssue[]>([]);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = createSignal(false);
  const issueFor = (name: FieldName) => issues().find((i) => i.path[0] === name)?.message;

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setSaving(true);
    const r = await props.onSave({ ...draft });
    setSaving(false);
    setIssues(r.ok ? [] : (r.error.issues ?? []));
    setMessage(r.ok ? { ok: true, text: `Đã lưu lúc ${formatDateTime(r.data.updatedAt)}.` } : { ok: false, text: r.error.message });
  }

  return (
    <form class="panel" aria-labelledby="office-heading" onSubmit={submit} novalidate>
      <h2 id="office-heading">Thông tin đơn vị</h2>
      <p class="muted">Dùng ở phần đầu các báo cáo và giấy khen.</p>
      <For each={FIELDS}>
        {(f) => (
          <div class="field">
            <label for={`office-${f.name}`}>{f.label}</label>
            <input
              id={`office-${f.name}`}
              name={f.name}
              value={draft[f.name]}
              placeholder={f.hint}
              aria-invalid={issueFor(f.name) ? 'true' : undefined}
              aria-describedby={issueFor(f.name) ? `office-${f.name}-error` : undefined}
              onInput={(e) => setDraft(f.name, e.currentTarget.value)}
            />
            <Show when={issueFor(f.name)}>
              {(text) => (
                <span id={`office-${f.name}-error`} class="field-error">
                  {text()}
                </span>
              )}
            </Show>
          </div>
        )}
      </For>
      <Show when={message()}>
        {(m) => (
          <p class={m().ok ? 'notice notice-ok' : 'notice notice-error'} role="status">
            {m().text}
          </p>
        )}
      </Show>
      <button type="submit" class="btn btn-primary" disabled={saving()}>
        {saving() ? 'Đang lưu…' : 'Lưu thông tin đơn vị'}
      </button>
    </form>
  );
}
