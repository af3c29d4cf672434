import { createSignal, For, Show } from 'solid-js';
import type { ApiInput, ApiResult, FieldIssue } from '../../../src-main/contract';
import FormDraftOffer from '../../components/form/FormDraftOffer';
import { createDraftedValues } from '../../lib/dialog-draft';
import { formatDateTime } from '../../lib/format';
import type { OfficeSettings } from '../../lib/office-settings';
import StatusNotice from '../../components/form/StatusNotice';

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

/** Kept drafts of this form (one, key 'office'), counted under "Cài đặt" in the navigation. */
const OFFICE_SETTINGS_DRAFTS = 'form-settings';

/**
 * The office's names, printed on reports and certificates. The core validates; this form shows its
 * issues. What is typed and not saved is kept as a draft (issue 10 item 1), offered back when the form
 * opens again, until it is saved or dropped.
 */
export function OfficeSettingsForm(props: OfficeSettingsFormProps) {
  const form = createDraftedValues(OFFICE_SETTINGS_DRAFTS, 'office', {
    officeName: props.settings.officeName,
    parentBodyName: props.settings.parentBodyName,
    provinceName: props.settings.provinceName,
    placeName: props.settings.placeName,
  });
  const typed = (name: FieldName) => form.values()[name] ?? '';
  const [issues, setIssues] = createSignal<FieldIssue[]>([]);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = createSignal(false);
  const issueFor = (name: FieldName) => issues().find((i) => i.path[0] === name)?.message;

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setSaving(true);
    const input = {
      officeName: typed('officeName'),
      parentBodyName: typed('parentBodyName'),
      provinceName: typed('provinceName'),
      placeName: typed('placeName'),
    };
    const r = await props.onSave(input);
    setSaving(false);
    if (r.ok) void form.draft.savedAs(input);
    setIssues(r.ok ? [] : (r.error.issues ?? []));
    setMessage(r.ok ? { ok: true, text: `Đã lưu lúc ${formatDateTime(r.data.updatedAt)}.` } : { ok: false, text: r.error.message });
  }

  return (
    <form class="panel" aria-labelledby="office-heading" onSubmit={submit} novalidate>
      <h2 id="office-heading">Thông tin đơn vị</h2>
      <p class="muted">Dùng ở phần đầu các báo cáo và giấy khen.</p>
      <FormDraftOffer draft={form.draft} onRestore={form.restore} />
      <For each={FIELDS}>
        {(f) => (
          <div class="field">
            <label for={`office-${f.name}`}>{f.label}</label>
            <input
              id={`office-${f.name}`}
              name={f.name}
              value={typed(f.name)}
              placeholder={f.hint}
              aria-invalid={issueFor(f.name) ? 'true' : undefined}
              aria-describedby={issueFor(f.name) ? `office-${f.name}-error` : undefined}
              onInput={(e) => form.set({ [f.name]: e.currentTarget.value })}
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
      <StatusNotice notice={message()} />
      <button type="submit" class="btn btn-primary" disabled={saving()}>
        {saving() ? 'Đang lưu…' : 'Lưu thông tin đơn vị'}
      </button>
    </form>
  );
}
