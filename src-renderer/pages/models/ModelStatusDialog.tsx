import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog from '../../components/form/ConfirmDialog';
import { parseViDate } from '../../components/grid/cell-text';
import { MODEL_STATUS_TITLES, setModelStatus, type ModelStatus } from '../../stores/modelsStore';

/** Props of the status change dialog. */
export interface ModelStatusDialogProps {
  model: { id: string; name: string } | null;
  onClose: (changed: boolean) => void;
}

/** Changes a model's status (hoạt động / tạm ngừng / giải thể) from a date; the core keeps the history. */
export default function ModelStatusDialog(props: ModelStatusDialogProps) {
  const [status, setStatus] = createSignal<ModelStatus>('suspended');
  const [date, setDate] = createSignal('');
  const [note, setNote] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  async function save() {
    const parsed = parseViDate(date());
    if (!parsed.ok || parsed.value === null) return setError(parsed.ok ? 'Nhập ngày chuyển trạng thái (dd/mm/yyyy).' : parsed.message);
    const failure = await setModelStatus({
      id: props.model?.id ?? '',
      status: status(),
      effectiveOn: String(parsed.value),
      note: note() || null,
    });
    if (failure) return setError(failure);
    setError(null);
    props.onClose(true);
  }
  return (
    <ConfirmDialog
      open={props.model !== null}
      title={`Đổi trạng thái: ${props.model?.name ?? ''}`}
      confirmLabel="Lưu"
      onConfirm={() => void save()}
      onCancel={() => props.onClose(false)}
    >
      <div class="field">
        <label for="model-status">Trạng thái mới</label>
        <select id="model-status" value={status()} onChange={(e) => setStatus(e.currentTarget.value as ModelStatus)}>
          <For each={Object.entries(MODEL_STATUS_TITLES)}>{([value, label]) => <option value={value}>{label}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="model-status-date">Từ ngày (dd/mm/yyyy)</label>
        <input
          id="model-status-date"
          value={date()}
          aria-invalid={error() ? 'true' : undefined}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="model-status-note">Ghi chú</label>
        <input id="model-status-note" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <Show when={error()}>
        <p class="field-error" role="alert">
          {error()}
        </p>
      </Show>
    </ConfirmDialog>
  );
}
