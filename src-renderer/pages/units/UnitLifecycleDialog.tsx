import { Show } from 'solid-js';
import DateField from '../../components/form/DateField';
import ConfirmDialog from '../../components/form/ConfirmDialog';
import FormDraftOffer from '../../components/form/FormDraftOffer';
import DatedSaveOutcome from '../../components/form/DatedSaveOutcome';
import { createDatedSave } from '../../components/form/dated-dialog';
import { formConflictLines } from '../../components/form/form-conflict';
import UnitPicker from '../../components/unit-picker/UnitPicker';
import { createDraftedValues } from '../../lib/dialog-draft';
import { isoToDisplayDate } from '../../lib/format';
import { mergeUnit, retireUnit, unitTreeSource, type Unit } from '../../stores/unitsStore';
import { unitDialogDraftKey, unitDialogOpened, UNIT_DIALOG_DRAFTS, type UnitLifecycleRequest } from './unit-dialog-drafts';

/** Props of the retire / merge dialog. */
export interface UnitLifecycleDialogProps {
  request: UnitLifecycleRequest | null;
  onClose: (changed: boolean) => void;
}

/**
 * Retires a unit (hết hiệu lực) or merges it into a successor (sáp nhập) after a date. Records keep
 * the unit: a 2017 record still shows its 2017 district. What is typed is kept as a draft until saved
 * or dropped on purpose, each opening its own (keyed by the request).
 */
export default function UnitLifecycleDialog(props: UnitLifecycleDialogProps) {
  return (
    <Show when={props.request} keyed>
      {(request) => <LifecycleForm request={request} onClose={props.onClose} />}
    </Show>
  );
}

function LifecycleForm(props: { request: UnitLifecycleRequest; onClose: (changed: boolean) => void }) {
  const req = props.request;
  const merging = req.mode === 'merge';
  const form = createDraftedValues(UNIT_DIALOG_DRAFTS, unitDialogDraftKey(req), unitDialogOpened(req), req.kept);
  const v = () => form.values();
  let fields: HTMLDivElement | undefined;
  const dialog = createDatedSave<Unit>({
    form,
    fields: () => fields,
    missingDate: 'Nhập ngày hết hiệu lực, ví dụ 30/06/2025.',
    write: (validUntil, expectedVersion) =>
      merging
        ? mergeUnit({ id: req.id, successorId: v().successorId ?? '', validUntil, expectedVersion })
        : retireUnit({ id: req.id, validUntil, expectedVersion }),
    onClose: (changed) => props.onClose(changed),
  });
  // Another window changed the unit since the grid showed it: both values, and the clerk chooses.
  const lines = (c: Unit) =>
    formConflictLines([
      { label: 'Tên', mine: req.name, theirs: c.name },
      { label: 'Hết hiệu lực sau ngày', mine: v().date ?? '', theirs: isoToDisplayDate(c.validUntil) },
      ...(merging
        ? [{ label: 'Đơn vị tiếp nhận', mine: v().successorName ?? '', theirs: c.successorId ? '(đã có đơn vị tiếp nhận)' : '' }]
        : []),
    ]);
  return (
    <ConfirmDialog
      open
      title={`${merging ? 'Sáp nhập' : 'Cho hết hiệu lực'}: ${req.name}`}
      confirmLabel={merging ? 'Sáp nhập' : 'Cho hết hiệu lực'}
      onConfirm={() => void dialog.save()}
      onCancel={() => void dialog.close(false)}
    >
      <FormDraftOffer draft={form.draft} onRestore={form.restore} />
      <div ref={fields}>
        <DateField
          id="unit-valid-until"
          label="Hết hiệu lực sau ngày (dd/mm/yyyy)"
          value={v().date ?? ''}
          error={dialog.dateError()}
          onInput={(date) => form.set({ date })}
        />
      </div>
      <Show when={merging}>
        <div class="field">
          <span>Đơn vị tiếp nhận: {v().successorName || 'chưa chọn'}</span>
          <UnitPicker
            source={unitTreeSource}
            label="Đơn vị tiếp nhận"
            onPick={(u) => form.set({ successorId: u.id, successorName: u.name })}
          />
        </div>
      </Show>
      <DatedSaveOutcome save={dialog} subject="Đơn vị này" lines={lines} />
    </ConfirmDialog>
  );
}
