import { createSignal, Show } from 'solid-js';
import DateField from '../../components/form/DateField';
import { focusFirstInvalid } from '../../components/form/focus-invalid';
import ConfirmDialog from '../../components/form/ConfirmDialog';
import FormDraftOffer from '../../components/form/FormDraftOffer';
import UnitPicker from '../../components/unit-picker/UnitPicker';
import { parseViDate } from '../../components/grid/cell-text';
import { mergeUnit, retireUnit, unitTreeSource, type Unit } from '../../stores/unitsStore';
import FormConflict from '../../components/form/FormConflict';
import { formConflictLines } from '../../components/form/form-conflict';
import { createDraftedValues } from '../../lib/dialog-draft';
import { isoToDisplayDate } from '../../lib/format';
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
  const form = createDraftedValues(UNIT_DIALOG_DRAFTS, unitDialogDraftKey(req), unitDialogOpened(req), req.kept);
  const [error, setError] = createSignal<string | null>(null);
  const [dateError, setDateError] = createSignal<string | null>(null);
  const [conflict, setConflict] = createSignal<Unit | null>(null);
  let fields: HTMLDivElement | undefined;
  const merging = req.mode === 'merge';
  const v = () => form.values();
  async function save(expectedVersion = Number(v().recordVersion) || undefined) {
    const parsed = parseViDate(v().date ?? '');
    setError(null);
    setDateError(parsed.ok && parsed.value !== null ? null : parsed.ok ? 'Nhập ngày hết hiệu lực, ví dụ 30/06/2025.' : parsed.message);
    if (!parsed.ok || parsed.value === null) return focusFirstInvalid(fields);
    const validUntil = String(parsed.value);
    const failure = merging
      ? await mergeUnit({ id: req.id, successorId: v().successorId ?? '', validUntil, expectedVersion })
      : await retireUnit({ id: req.id, validUntil, expectedVersion });
    setConflict(failure?.current ?? null);
    if (failure) return setError(failure.current ? null : failure.message);
    await close(true);
  }
  // Another window changed the unit since the grid showed it: both values, and the clerk chooses.
  const lines = (c: Unit) =>
    formConflictLines([
      { label: 'Tên', mine: req.name, theirs: c.name },
      { label: 'Hết hiệu lực sau ngày', mine: v().date ?? '', theirs: isoToDisplayDate(c.validUntil) },
      ...(merging
        ? [{ label: 'Đơn vị tiếp nhận', mine: v().successorName ?? '', theirs: c.successorId ? '(đã có đơn vị tiếp nhận)' : '' }]
        : []),
    ]);
  // Saved, or the other window's version taken: the typed values are done with. Cancel keeps them.
  const close = async (changed: boolean) => {
    if (changed) await form.draft.discard();
    props.onClose(changed);
  };
  return (
    <ConfirmDialog
      open
      title={`${merging ? 'Sáp nhập' : 'Cho hết hiệu lực'}: ${req.name}`}
      confirmLabel={merging ? 'Sáp nhập' : 'Cho hết hiệu lực'}
      onConfirm={() => void save()}
      onCancel={() => void close(false)}
    >
      <FormDraftOffer draft={form.draft} onRestore={form.restore} />
      <div ref={fields}>
        <DateField
          id="unit-valid-until"
          label="Hết hiệu lực sau ngày (dd/mm/yyyy)"
          value={v().date ?? ''}
          error={dateError()}
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
      <Show when={error()}>
        <p class="field-error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={conflict()}>
        {(c) => (
          <FormConflict
            subject="Đơn vị này"
            lines={lines(c())}
            onKeepMine={() => void save(c().version)}
            onTakeTheirs={() => void close(true)}
          />
        )}
      </Show>
    </ConfirmDialog>
  );
}
