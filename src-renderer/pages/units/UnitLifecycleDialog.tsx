import { createSignal, Show } from 'solid-js';
import DateField from '../../components/form/DateField';
import { focusFirstInvalid } from '../../components/form/focus-invalid';
import ConfirmDialog from '../../components/form/ConfirmDialog';
import UnitPicker from '../../components/unit-picker/UnitPicker';
import type { UnitOption } from '../../components/unit-picker/unit-tree';
import { parseViDate } from '../../components/grid/cell-text';
import { mergeUnit, retireUnit, unitTreeSource, type Unit } from '../../stores/unitsStore';
import FormConflict from '../../components/form/FormConflict';
import { formConflictLines } from '../../components/form/form-conflict';
import { isoToDisplayDate } from '../../lib/format';

/** Which unit, whether it is retired or merged into a successor, and its version as the grid showed it. */
export interface UnitLifecycleRequest {
  mode: 'retire' | 'merge';
  id: string;
  name: string;
  version?: number;
}

/** Props of the retire / merge dialog. */
export interface UnitLifecycleDialogProps {
  request: UnitLifecycleRequest | null;
  onClose: (changed: boolean) => void;
}

/**
 * Retires a unit (hết hiệu lực) or merges it into a successor (sáp nhập) after a date. Records keep
 * the unit: a 2017 record still shows its 2017 district.
 */
export default function UnitLifecycleDialog(props: UnitLifecycleDialogProps) {
  const [date, setDate] = createSignal('');
  const [successor, setSuccessor] = createSignal<UnitOption | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [dateError, setDateError] = createSignal<string | null>(null);
  const [conflict, setConflict] = createSignal<Unit | null>(null);
  let fields: HTMLDivElement | undefined;
  const merging = () => props.request?.mode === 'merge';
  async function save(expectedVersion = props.request?.version) {
    const req = props.request;
    const parsed = parseViDate(date());
    if (!req) return;
    setError(null);
    setDateError(parsed.ok && parsed.value !== null ? null : parsed.ok ? 'Nhập ngày hết hiệu lực, ví dụ 30/06/2025.' : parsed.message);
    if (!parsed.ok || parsed.value === null) return focusFirstInvalid(fields);
    const validUntil = String(parsed.value);
    const failure = merging()
      ? await mergeUnit({ id: req.id, successorId: successor()?.id ?? '', validUntil, expectedVersion })
      : await retireUnit({ id: req.id, validUntil, expectedVersion });
    setConflict(failure?.current ?? null);
    if (failure) return setError(failure.current ? null : failure.message);
    setError(null);
    close(true);
  }
  // Another window changed the unit since the grid showed it: both values, and the clerk chooses.
  const lines = (c: Unit) =>
    formConflictLines([
      { label: 'Tên', mine: props.request?.name ?? '', theirs: c.name },
      { label: 'Hết hiệu lực sau ngày', mine: date(), theirs: isoToDisplayDate(c.validUntil) },
      ...(merging()
        ? [{ label: 'Đơn vị tiếp nhận', mine: successor()?.name ?? '', theirs: c.successorId ? '(đã có đơn vị tiếp nhận)' : '' }]
        : []),
    ]);
  const close = (changed: boolean) => {
    setConflict(null);
    setSuccessor(null);
    props.onClose(changed);
  };
  return (
    <ConfirmDialog
      open={props.request !== null}
      title={`${merging() ? 'Sáp nhập' : 'Cho hết hiệu lực'}: ${props.request?.name ?? ''}`}
      confirmLabel={merging() ? 'Sáp nhập' : 'Cho hết hiệu lực'}
      onConfirm={() => void save()}
      onCancel={() => close(false)}
    >
      <div ref={fields}>
        <DateField id="unit-valid-until" label="Hết hiệu lực sau ngày (dd/mm/yyyy)" value={date()} error={dateError()} onInput={setDate} />
      </div>
      <Show when={merging()}>
        <div class="field">
          <span>Đơn vị tiếp nhận: {successor()?.name ?? 'chưa chọn'}</span>
          <UnitPicker source={unitTreeSource} label="Đơn vị tiếp nhận" onPick={(u) => setSuccessor(u)} />
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
            onTakeTheirs={() => close(true)}
          />
        )}
      </Show>
    </ConfirmDialog>
  );
}
