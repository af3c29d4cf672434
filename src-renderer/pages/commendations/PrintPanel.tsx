import { createSignal, For, onCleanup, Show } from 'solid-js';
import { downloadBase64, MIME_TYPES } from '../../lib/download';
import DecisionLayoutPicker from './DecisionLayoutPicker';
import PrintConfirm from './PrintConfirm';
import {
  annex,
  preflight,
  printProgress,
  printResult,
  startPrint,
  type Decision,
  type Preflight,
  type PrintMode,
} from './commendationsStore';
import { canPreviewBlobs, pdfBlobUrl } from './pdf-preview';
import ErrorNotice from '../../components/form/ErrorNotice';

export interface PrintPanelProps {
  decision: Decision;
  /** Recipients selected in the grid: "In các dòng đã chọn" prints only these. */
  selectedIds: string[];
  /** Called after the clerk confirmed the sheets and the printed-on date was recorded, so the grid shows it. */
  onPrinted: () => void;
}

interface Printed {
  base64: string;
  fileName: string;
  pages: number;
  /** Who is in the file: the selected recipients, or undefined for the whole decision. */
  recipientIds?: string[];
}

/** Printing a decision's certificates: check, print with progress, preview or save, and the annex list. */
export default function PrintPanel(props: PrintPanelProps) {
  const [mode, setMode] = createSignal<PrintMode>('full');
  const [check, setCheck] = createSignal<Preflight | null>(null);
  // What the shown check was for (mode and recipients): a check of one never lets another print.
  let checked: { key: string; recipientIds?: string[] } | null = null;
  const keyOf = (recipientIds?: string[]) => `${mode()}|${recipientIds?.join(',') ?? 'all'}`;
  const [progress, setProgress] = createSignal<{ done: number; total: number; phase: string } | null>(null);
  const [printed, setPrinted] = createSignal<Printed | null>(null);
  const [preview, setPreview] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal<string | null>(null);
  const closePreview = () => {
    const url = preview();
    if (url) URL.revokeObjectURL(url);
    setPreview(null);
  };
  onCleanup(closePreview);

  async function runCheck(recipientIds?: string[]) {
    const r = await preflight(props.decision.id, mode(), recipientIds);
    checked = { key: keyOf(recipientIds), recipientIds };
    if (r.ok) setCheck(r.data);
    setMessage(r.ok ? null : r.message);
    return r.ok ? r.data : null;
  }

  /**
   * Both modes treat a too-long text alike: the warning is on screen for the current mode before one
   * click prints past it. A check shown before the switch is redone for the new mode at once, so the
   * switch costs no extra click in either direction.
   */
  function switchMode(next: PrintMode) {
    const before = checked;
    setMode(next);
    setCheck(null);
    checked = null;
    // A file printed in the other mode is not this mode's: "Lưu PDF" must not hand it out, nor may a
    // print still running in the other mode show its file when it ends.
    run++;
    setProgress(null);
    setPrinted(null);
    closePreview();
    if (before) void runCheck(before.recipientIds);
  }

  // The latest print: a click while one runs, or a switch of mode, leaves the earlier one's file unshown.
  let run = 0;

  /** Prints the whole decision, or only `recipientIds` (the grid's selected rows). */
  async function print(recipientIds?: string[]) {
    const mine = ++run;
    const stale = () => mine !== run;
    setMessage(null);
    setPrinted(null);
    closePreview();
    const seen = checked?.key === keyOf(recipientIds) ? check() : null;
    const result = seen ?? (await runCheck(recipientIds));
    if (!result || stale()) return;
    // Overflowing texts are shown first; printing them anyway takes a second, deliberate click.
    if (result.problems.length > 0 && !seen) {
      return setMessage('Có nội dung không vừa ô in (xem danh sách dưới đây). Sửa lại rồi in, hoặc bấm "In tất cả" lần nữa để vẫn in.');
    }
    const started = await startPrint(props.decision.id, mode(), result.problems.length > 0, recipientIds);
    if (stale()) return;
    if (!started.ok) return setMessage(started.message);
    setProgress({ done: 0, total: started.data.total, phase: 'layout' });
    for (;;) {
      await new Promise((r) => setTimeout(r, 150));
      const p = await printProgress(started.data.jobId);
      if (stale()) return;
      if (!p.ok) return setMessage(p.message);
      setProgress({ done: p.data.done, total: p.data.total, phase: p.data.phase });
      if (p.data.state === 'failed') return setMessage(p.data.message ?? 'In không thành công.');
      if (p.data.state === 'done') break;
    }
    const out = await printResult(started.data.jobId);
    if (stale()) return;
    setProgress(null);
    if (!out.ok) return setMessage(out.message);
    setPrinted({ ...out.data, recipientIds });
  }

  /** Saving is not printing: the printed-on date waits for the clerk's confirmation (PrintConfirm). */
  function save() {
    const p = printed();
    if (p) downloadBase64(p.base64, p.fileName, MIME_TYPES.pdf);
  }

  async function saveAnnex(format: 'pdf' | 'xlsx') {
    const r = await annex(props.decision.id, format);
    if (r.ok) downloadBase64(r.data.base64, r.data.fileName, r.data.mime);
    else setMessage(r.message);
  }

  return (
    <section class="panel print-panel" aria-label="In bằng, giấy khen">
      <h2>In bằng/giấy khen</h2>
      <DecisionLayoutPicker decisionId={props.decision.id} onChanged={() => (setCheck(null), (checked = null))} />
      <fieldset class="toolbar">
        <legend>Cách in</legend>
        <label>
          <input type="radio" name="print-mode" checked={mode() === 'full'} onChange={() => switchMode('full')} /> In đầy đủ trên giấy trắng
        </label>
        <label>
          <input type="radio" name="print-mode" checked={mode() === 'overlay'} onChange={() => switchMode('overlay')} /> Chỉ in phần thay
          đổi lên phôi
        </label>
      </fieldset>
      <div class="toolbar">
        <button type="button" class="btn" onClick={() => void runCheck()}>
          Kiểm tra trước khi in
        </button>
        <button type="button" class="btn btn-primary" disabled={progress() !== null} onClick={() => void print()}>
          In tất cả
        </button>
        <button
          type="button"
          class="btn"
          disabled={progress() !== null || props.selectedIds.length === 0}
          onClick={() => void print(props.selectedIds)}
        >
          In {props.selectedIds.length} người đã chọn
        </button>
        <button type="button" class="btn" onClick={() => void saveAnnex('pdf')}>
          Danh sách kèm theo (PDF)
        </button>
        <button type="button" class="btn" onClick={() => void saveAnnex('xlsx')}>
          Danh sách kèm theo (Excel)
        </button>
      </div>
      <ErrorNotice message={message()} />
      <Show when={check()}>
        {(c) => (
          <div class={c().problems.length ? 'notice notice-error' : 'notice notice-ok'} role="status">
            {c().problems.length === 0
              ? `Mẫu "${c().layoutName}": ${c().pages} trang, mọi nội dung vừa ô in.`
              : `${c().problems.length} người có nội dung không vừa ô in (vẫn in được, nhưng nên sửa):`}
            <ul>
              <For each={c().problems}>
                {(p) => (
                  <li>
                    {p.name}: {p.problems.map((f) => f.message).join(' ')}
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </Show>
      <Show when={progress()}>
        {(p) => (
          <div class="print-progress">
            <progress max={p().total} value={p().phase === 'layout' ? p().done : p().total} aria-label="Tiến độ in" />
            <span>{p().phase === 'layout' ? `Đang dàn trang ${p().done}/${p().total}…` : 'Đang tạo tệp PDF…'}</span>
          </div>
        )}
      </Show>
      <Show when={printed()}>
        {(p) => (
          <div class="toolbar" role="status">
            <span class="notice notice-ok">Đã tạo tệp PDF {p().pages} trang.</span>
            <button type="button" class="btn btn-primary" onClick={save}>
              Lưu PDF
            </button>
            <Show when={canPreviewBlobs()} fallback={<span>Xem trước: hãy lưu rồi mở tệp bằng trình xem PDF.</span>}>
              <button type="button" class="btn" onClick={() => (closePreview(), setPreview(pdfBlobUrl(p().base64)))}>
                Xem trước
              </button>
            </Show>
          </div>
        )}
      </Show>
      {/* Another office's decision keeps the printed-on dates that office records (the core refuses it too). */}
      <Show when={!props.decision.fromOtherOffice && printed()}>
        {(p) => (
          <PrintConfirm
            decisionId={props.decision.id}
            pages={p().pages}
            recipientIds={p().recipientIds}
            selectedIds={props.selectedIds}
            onConfirmed={props.onPrinted}
            onError={setMessage}
          />
        )}
      </Show>
      <Show when={preview()}>{(url) => <iframe class="pdf-preview" title="Xem trước bằng/giấy khen" src={url()} />}</Show>
    </section>
  );
}
