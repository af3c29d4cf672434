import { For, Show } from 'solid-js';
import ConfirmDialog from '../../components/form/ConfirmDialog';
import DateField from '../../components/form/DateField';
import FormDraftOffer from '../../components/form/FormDraftOffer';
import DatedSaveOutcome from '../../components/form/DatedSaveOutcome';
import { createDatedSave } from '../../components/form/dated-dialog';
import { formConflictLines } from '../../components/form/form-conflict';
import { createDraftedValues } from '../../lib/dialog-draft';
import { isoToDisplayDate } from '../../lib/format';
import { MODEL_STATUS_TITLES, setModelStatus, type ModelStatus, type SecurityModel } from '../../stores/modelsStore';
import { MODEL_DIALOG_DRAFTS, modelDialogDraftKey, modelDialogOpened, type ModelStatusRequest } from './model-dialog-drafts';

/** Props of the status change dialog; `version` is the model's as the grid showed it (a newer one is a conflict). */
export interface ModelStatusDialogProps {
  model: ModelStatusRequest | null;
  onClose: (changed: boolean) => void;
}

/**
 * Changes a model's status (hoạt động / tạm ngừng / giải thể) from a date; the core keeps the history.
 * What is typed is kept as a draft until saved or dropped on purpose, each opening its own.
 */
export default function ModelStatusDialog(props: ModelStatusDialogProps) {
  return (
    <Show when={props.model} keyed>
      {(model) => <StatusForm model={model} onClose={props.onClose} />}
    </Show>
  );
}

const isStatus = (v: string | undefined): v is ModelStatus => v !== undefined && v in MODEL_STATUS_TITLES;
/** The status as kept in the draft; anything else (edited by hand) reads as the dialog's first choice. */
const statusOf = (v: string | undefined): ModelStatus => (isStatus(v) ? v : 'suspended');

function StatusForm(props: { model: ModelStatusRequest; onClose: (changed: boolean) => void }) {
  const m = props.model;
  const form = createDraftedValues(MODEL_DIALOG_DRAFTS, modelDialogDraftKey(m), modelDialogOpened(m), m.kept);
  const v = () => form.values();
  let fields: HTMLDivElement | undefined;
  const dialog = createDatedSave<SecurityModel>({
    form,
    fields: () => fields,
    missingDate: 'Nhập ngày chuyển trạng thái, ví dụ 05/03/2017.',
    write: (effectiveOn, expectedVersion) =>
      setModelStatus({ id: m.id, status: statusOf(v().status), effectiveOn, note: v().note || null, expectedVersion }),
    onClose: (changed) => props.onClose(changed),
  });
  // Another window changed the model since the grid showed it: both values, and the clerk chooses.
  const lines = (c: SecurityModel) =>
    formConflictLines([
      { label: 'Trạng thái', mine: MODEL_STATUS_TITLES[statusOf(v().status)], theirs: MODEL_STATUS_TITLES[c.status] },
      { label: 'Từ ngày', mine: v().date ?? '', theirs: isoToDisplayDate(c.statusOn) },
    ]);
  return (
    <ConfirmDialog
      open
      title={`Đổi trạng thái: ${m.name}`}
      confirmLabel="Lưu"
      onConfirm={() => void dialog.save()}
      onCancel={() => void dialog.close(false)}
    >
      <FormDraftOffer draft={form.draft} onRestore={form.restore} />
      <div class="field">
        <label for="model-status">Trạng thái mới</label>
        <select id="model-status" value={statusOf(v().status)} onChange={(e) => form.set({ status: e.currentTarget.value })}>
          <For each={Object.entries(MODEL_STATUS_TITLES)}>{([value, label]) => <option value={value}>{label}</option>}</For>
        </select>
      </div>
      <div ref={fields}>
        <DateField
          id="model-status-date"
          label="Từ ngày (dd/mm/yyyy)"
          value={v().date ?? ''}
          error={dialog.dateError()}
          onInput={(date) => form.set({ date })}
        />
      </div>
      <div class="field">
        <label for="model-status-note">Ghi chú</label>
        <input id="model-status-note" value={v().note ?? ''} onInput={(e) => form.set({ note: e.currentTarget.value })} />
      </div>
      <DatedSaveOutcome save={dialog} subject="Mô hình này" lines={lines} />
    </ConfirmDialog>
  );
}
