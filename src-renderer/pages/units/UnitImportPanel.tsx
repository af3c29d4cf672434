import { createSignal, For, Show } from 'solid-js';
import { importUnits } from '../../stores/unitsStore';

/** Props of the import panel. */
export interface UnitImportPanelProps {
  onImported: () => void;
}

interface ImportFailure {
  message: string;
  issues: { line: number | null; message: string }[];
}

/**
 * Import of a unit list from CSV or XLSX (mã, tên, cấp, mã cấp trên…): all or nothing, and when
 * something is wrong, every problem listed by row.
 */
export default function UnitImportPanel(props: UnitImportPanelProps) {
  const [busy, setBusy] = createSignal(false);
  const [created, setCreated] = createSignal<number | null>(null);
  const [failure, setFailure] = createSignal<ImportFailure | null>(null);
  async function pick(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setCreated(null);
    setFailure(null);
    const r = await importUnits(file);
    input.value = '';
    setBusy(false);
    if (r.ok) {
      setCreated(r.created);
      props.onImported();
    } else setFailure({ message: r.message, issues: r.issues });
  }
  return (
    <div class="unit-import">
      <label class="btn">
        {busy() ? 'Đang nhập…' : 'Nhập từ tệp CSV/XLSX…'}
        <input type="file" accept=".csv,.xlsx" hidden disabled={busy()} onChange={(e) => void pick(e.currentTarget)} />
      </label>
      <Show when={created() !== null}>
        <p class="notice notice-ok" role="status">
          Đã nhập {created()} đơn vị.
        </p>
      </Show>
      <Show when={failure()}>
        {(f) => (
          <div class="notice notice-error unit-import-errors" role="alert">
            <p>{f().message}</p>
            <ul>
              <For each={f().issues}>{(i) => <li>{i.message}</li>}</For>
            </ul>
          </div>
        )}
      </Show>
    </div>
  );
}
