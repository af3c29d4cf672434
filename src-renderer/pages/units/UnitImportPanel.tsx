import { createSignal, For, Show } from 'solid-js';
import { importUnits, type UnitImportResult } from '../../stores/unitsStore';
import { downloadTemplate, IMPORT_FORMAT_HELP, sampleUnitsFile } from './unit-import-files';

/** Props of the import panel. */
export interface UnitImportPanelProps {
  onImported: () => void;
  onClose: () => void;
}

/** A file chosen and checked, waiting for the clerk to save it. */
interface Checked {
  file: File;
  result: UnitImportResult;
}

/**
 * Import of a unit list from CSV or XLSX in two steps: the file is checked first (nothing saved) and
 * the preview lists every problem by row, duplicates included; only a clean file can then be saved,
 * all at once. The shipped sample and a template are offered beside the format help.
 */
export default function UnitImportPanel(props: UnitImportPanelProps) {
  const [busy, setBusy] = createSignal(false);
  const [checked, setChecked] = createSignal<Checked | null>(null);
  const [created, setCreated] = createSignal<number | null>(null);
  async function check(file: File) {
    setBusy(true);
    setCreated(null);
    setChecked({ file, result: await importUnits(file, true) });
    setBusy(false);
  }
  async function save() {
    const c = checked();
    if (!c) return;
    setBusy(true);
    const r = await importUnits(c.file);
    setBusy(false);
    if (!r.ok) return setChecked({ file: c.file, result: r });
    setChecked(null);
    setCreated(r.created);
    props.onImported();
  }
  return (
    <section class="panel unit-import" aria-label="Nhập danh sách đơn vị">
      <div class="unit-import-head">
        <h2>Nhập danh sách đơn vị</h2>
        <button type="button" class="btn" onClick={() => props.onClose()}>
          Đóng
        </button>
      </div>
      <details class="unit-import-help">
        <summary>Định dạng tệp (CSV hoặc XLSX, dòng đầu là tiêu đề cột)</summary>
        <ul>
          <For each={IMPORT_FORMAT_HELP}>
            {([column, text]) => (
              <li>
                <strong>{column}</strong>: {text}
              </li>
            )}
          </For>
        </ul>
      </details>
      <div class="unit-import-actions">
        <label class="btn btn-primary">
          Chọn tệp CSV/XLSX…
          <input
            type="file"
            accept=".csv,.xlsx"
            hidden
            disabled={busy()}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void check(file);
            }}
          />
        </label>
        <button type="button" class="btn" disabled={busy()} onClick={() => void check(sampleUnitsFile())}>
          Dùng danh sách mẫu (Hải Phòng)
        </button>
        <button type="button" class="btn" onClick={() => downloadTemplate()}>
          Tải tệp mẫu để điền
        </button>
      </div>
      <Show when={busy()}>
        <p class="muted" role="status">
          Đang kiểm tra…
        </p>
      </Show>
      <Show when={created() !== null}>
        <p class="notice notice-ok" role="status">
          Đã nhập {created()} đơn vị.
        </p>
      </Show>
      <Show when={!busy() && checked()}>{(c) => <ImportPreview checked={c()} onSave={() => void save()} />}</Show>
    </section>
  );
}

/** The check's answer: what saving would add, or every problem with nothing saved. */
function ImportPreview(props: { checked: Checked; onSave: () => void }) {
  const success = () => (props.checked.result.ok ? props.checked.result : null);
  const failure = () => (props.checked.result.ok ? null : props.checked.result);
  return (
    <div class="unit-import-preview" data-testid="unit-import-preview">
      <Show when={success()}>
        {(ok) => (
          <p class="notice notice-ok" role="status">
            Tệp "{props.checked.file.name}" hợp lệ: sẽ thêm {ok().created} đơn vị; chưa lưu.{' '}
            <button type="button" class="btn btn-primary" onClick={() => props.onSave()}>
              Lưu {ok().created} đơn vị
            </button>
          </p>
        )}
      </Show>
      <Show when={failure()}>
        {(f) => (
          <div class="notice notice-error unit-import-errors" role="alert">
            <p>
              Tệp "{props.checked.file.name}": {f().message} Sửa tệp rồi chọn lại.
            </p>
            <ul>
              <For each={f().issues}>{(i) => <li>{i.message}</li>}</For>
            </ul>
          </div>
        )}
      </Show>
    </div>
  );
}
