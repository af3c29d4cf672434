import { createEffect, createSignal, Show } from 'solid-js';
import type { ImportPreview } from '../../../src-main/contract/imports/imports.contract';
import { formatVnNumber } from '../../../src-main/shared/vn-number';
import {
  applyImport,
  downloadImportTemplate,
  previewImport,
  readChosenFile,
  type ChosenFile,
  type ImportScope,
  type LastImport,
} from '../../stores/importStore';
import ImportPreviewBody from './ImportPreviewBody';
import './import.css';
import ErrorNotice from '../form/ErrorNotice';
import { CallProgressLine, type ProgressStep } from '../progress/CallProgressLine';
import { EXCEL_IMPORT_STEPS } from '../../../src-main/contract/progress/call-steps';

const S = EXCEL_IMPORT_STEPS;
const PREVIEW_STEPS: readonly ProgressStep[] = [
  { labels: [S.read], unit: '' },
  { labels: [S.check], unit: 'dòng' },
];
const APPLY_STEPS: readonly ProgressStep[] = [
  ...PREVIEW_STEPS.slice(0, 1),
  { labels: [S.check, S.create], unit: 'dòng' },
  { labels: [S.write], unit: 'bản ghi' },
];

/** Props of the import dialog. */
export interface ImportDialogProps {
  open: boolean;
  scope: ImportScope;
  /** What is imported, e.g. "buổi tuyên truyền", for the title. */
  noun: string;
  onImported: (last: LastImport) => void;
  onClose: () => void;
}

/**
 * "Nhập từ Excel", one dialog for every kind: choose a file → the core's check (header row, which
 * column feeds which field, each with a select to correct it) → the problems by row and column → save
 * every row at once. Nothing is saved until "Nhập", and not at all while a problem remains.
 */
export default function ImportDialog(props: ImportDialogProps) {
  let dialog: HTMLDialogElement | undefined;
  const [file, setFile] = createSignal<ChosenFile | null>(null);
  const [preview, setPreview] = createSignal<ImportPreview | null>(null);
  const [mapping, setMapping] = createSignal<(string | null)[]>([]);
  // The call running, whose progress shows ('imports.preview' or 'imports.apply').
  const [busy, setBusy] = createSignal<'imports.preview' | 'imports.apply' | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  createEffect(() => {
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    else if (!props.open && dialog.open) dialog.close();
  });
  async function check(chosen: ChosenFile, corrected?: (string | null)[]) {
    setBusy('imports.preview');
    setError(null);
    const r = await previewImport(props.scope, chosen, corrected);
    setBusy(null);
    if (!r.ok) return setError(r.message);
    setPreview(r.preview);
    setMapping(r.preview.columns.map((c) => c.field));
  }
  async function choose(picked: File) {
    const chosen = await readChosenFile(picked);
    setFile(chosen);
    setPreview(null);
    await check(chosen);
  }
  function remap(index: number, field: string | null) {
    const next = [...mapping()];
    next[index] = field;
    const chosen = file();
    if (chosen) void check(chosen, next);
  }
  async function apply() {
    const chosen = file();
    if (!chosen) return;
    setBusy('imports.apply');
    const r = await applyImport(props.scope, chosen, mapping());
    setBusy(null);
    if (!r.ok) return setError(r.message);
    reset();
    props.onImported(r.last);
  }
  function reset() {
    setFile(null);
    setPreview(null);
    setError(null);
  }
  async function template() {
    const failure = await downloadImportTemplate(props.scope.kind);
    if (failure) setError(failure);
  }
  return (
    <dialog
      ref={dialog}
      class="dialog import-dialog"
      aria-label={`Nhập ${props.noun} từ Excel`}
      onCancel={(e) => {
        e.preventDefault();
        reset();
        props.onClose();
      }}
    >
      <Show when={props.open}>
        <h2>Nhập {props.noun} từ Excel</h2>
        <div class="import-actions">
          <label class="btn btn-primary">
            Chọn tệp Excel (.xlsx)…
            <input
              type="file"
              accept=".xlsx"
              hidden
              disabled={busy() !== null}
              data-testid="import-file"
              onChange={(e) => {
                const picked = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (picked) void choose(picked);
              }}
            />
          </label>
          <button type="button" class="btn" onClick={() => void template()}>
            Tải mẫu
          </button>
          <Show when={file()}>{(f) => <span class="muted">Tệp: {f().name}</span>}</Show>
        </div>
        <Show when={busy()}>
          {(method) => (
            <CallProgressLine
              method={method()}
              steps={method() === 'imports.apply' ? APPLY_STEPS : PREVIEW_STEPS}
              waiting={method() === 'imports.apply' ? 'Đang nhập…' : 'Đang kiểm tra tệp…'}
            />
          )}
        </Show>
        <ErrorNotice message={error()} />
        <Show when={preview()}>{(p) => <ImportPreviewBody preview={p()} mapping={mapping()} onRemap={remap} />}</Show>
        <div class="dialog-actions">
          <button
            type="button"
            class="btn"
            onClick={() => {
              reset();
              props.onClose();
            }}
          >
            Đóng
          </button>
          <button type="button" class="btn btn-primary" disabled={busy() !== null || !preview()?.ready} onClick={() => void apply()}>
            Nhập {formatVnNumber(preview()?.ready ? preview()!.rows : 0)} dòng
          </button>
        </div>
      </Show>
    </dialog>
  );
}
