import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog from '../../components/form/ConfirmDialog';
import DateField from '../../components/form/DateField';
import { focusFirstInvalid } from '../../components/form/focus-invalid';
import { parseViDate } from '../../components/grid/cell-text';
import FormConflict from '../../components/form/FormConflict';
import { formConflictLines } from '../../components/form/form-conflict';
import { isoToDisplayDate } from '../../lib/format';
import { MODEL_STATUS_TITLES, setModelStatus, type ModelStatus, type SecurityModel } from '../../stores/modelsStore';

/** Props of the status change dialog; `version` is the model's as the grid showed it (a newer one is a conflict). */
export interface ModelStatusDialogProps {
  model: { id: string; name: string; version?: number } | null;
  onClose: (changed: boolean) => void;
}

/** Changes a model's status (hoạt động / tạm ngừng / giải thể) from a date; the core keeps the history. */
export default function ModelStatusDialog(props: ModelStatusDialogProps) {
  const [status, setStatus] = createSignal<ModelStatus>('suspended');
  const [date, setDate] = createSignal('');
  const [note, setNote] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [dateError, setDateError] = createSignal<string | null>(null);
  const [conflict, setConflict] = createSignal<SecurityModel | null>(null);
  let fields: HTMLDivElement | undefined;
  async function save(expectedVersion = props.model?.version) {
    const parsed = parseViDate(date());
    setError(null);
    setDateError(parsed.ok && parsed.value !== null ? null : parsed.ok ? 'Nhập ngày chuyển trạng thái, ví dụ 05/03/2017.' : parsed.message);
    if (!parsed.ok || parsed.value === null) return focusFirstInvalid(fields);
    const failure = await setModelStatus({
      id: props.model?.id ?? '',
      status: status(),
      effectiveOn: String(parsed.value),
      note: note() || null,
      expectedVersion,
    });
    setConflict(failure?.current ?? null);
    if (failure) return setError(failure.current ? null : failure.message);
    setError(null);
    close(true);
  }
  // Another window changed the model since the grid showed it: both values, and the clerk chooses.
  const lines = (c: SecurityModel) =>
    formConflictLines([
      { label: 'Trạng thái', mine: MODEL_STATUS_TITLES[status()], theirs: MODEL_STATUS_TITLES[c.status] },
      { label: 'Từ ngày', mine: date(), theirs: isoToDisplayDate(c.statusOn) },
    ]);
  const close = (changed: boolean) => {
    setConflict(null);
    props.onClose(changed);
  };
  return (
    <ConfirmDialog
      open={props.model !== null}
      title={`Đổi trạng thái: ${props.model?.name ?? ''}`}
      confirmLabel="Lưu"
      onConfirm={() => void save()}
      onCancel={() => close(false)}
    >
      <div class="field">
        <label for="model-status">Trạng thái mới</label>
        <select id="model-status" value={status()} onChange={(e) => setStatus(e.currentTarget.value as ModelStatus)}>
          <For each={Object.entries(MODEL_STATUS_TITLES)}>{([value, label]) => <option value={value}>{label}</option>}</For>
        </select>
      </div>
      <div ref={fields}>
        <DateField id="model-status-date" label="Từ ngày (dd/mm/yyyy)" value={date()} error={dateError()} onInput={setDate} />
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
      <Show when={conflict()}>
        {(c) => (
          <FormConflict
            subject="Mô hình này"
            lines={lines(c())}
            onKeepMine={() => void save(c().version)}
            onTakeTheirs={() => close(true)}
          />
        )}
      </Show>
    </ConfirmDialog>
  );
}
