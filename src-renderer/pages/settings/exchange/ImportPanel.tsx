import { createSignal, Show } from 'solid-js';
import type { ApiOutput } from '../../../../src-main/contract';
import { call } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { fileAsBase64 } from './exchangeStore';
import { PackagePreview } from './PackagePreview';
import { followCallProgress, TaskStatus, type Task } from './TaskStatus';

type Preview = ApiOutput<'exchange.importPackage'>;

/** The records the preview says the package adds, changes or deletes: "1.250 bản ghi". */
function recordsText(p: Preview): string {
  const n = p.kinds.reduce((sum, k) => sum + k.new + k.changed + k.deleted, 0);
  return `${n.toLocaleString('vi-VN')} bản ghi`;
}

/**
 * Receives a package in two steps: the chosen file is checked and previewed (nothing written), then
 * "Nhận gói" applies it all-or-nothing. A refusal says why in Vietnamese and changes nothing.
 */
export function ImportPanel(props: { onImported: () => void }) {
  const [file, setFile] = createSignal<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = createSignal<Preview | null>(null);
  const [result, setResult] = createSignal<Preview | null>(null);
  const [task, setTask] = createSignal<Task | null>(null);
  const busy = () => task() !== null;
  const [error, setError] = createSignal<string | null>(null);
  const step = (step: number, label: string, measure?: Task['measure']) =>
    setTask({ step, steps: 3, label, measure, startedAt: Date.now() });

  async function choose(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    setPreview(null);
    setResult(null);
    setError(null);
    if (!chosen) return setFile(null);
    step(1, `Đọc tệp "${chosen.name}"`, { done: 0, total: chosen.size, unit: 'bytes' });
    const base64 = await fileAsBase64(chosen, (done) =>
      setTask((t) => t && { ...t, measure: { done, total: chosen.size, unit: 'bytes' } }),
    );
    const f = { name: chosen.name, base64 };
    setFile(f);
    step(2, 'Kiểm tra chữ ký và xem trước gói');
    const stop = followCallProgress('exchange.importPackage', setTask);
    const r = await call('exchange.importPackage', { contentBase64: f.base64, dryRun: true });
    stop();
    setTask(null);
    if (r.ok) setPreview(r.data);
    else setError(`Tệp "${f.name}": ${r.error.message}`);
  }

  async function apply() {
    const f = file();
    const p = preview();
    if (!f || !p) return;
    step(3, `Nhận ${recordsText(p)} vào cơ sở dữ liệu`);
    const stop = followCallProgress('exchange.importPackage', setTask);
    const r = await call('exchange.importPackage', { contentBase64: f.base64, dryRun: false });
    stop();
    setTask(null);
    if (!r.ok) return setError(`Tệp "${f.name}": ${r.error.message}`);
    setPreview(null);
    setResult(r.data);
    props.onImported();
  }

  return (
    <section class="panel" aria-labelledby="exchange-import-heading">
      <h2 id="exchange-import-heading">Nhận gói dữ liệu</h2>
      <div class="field">
        <label for="exchange-import-file">Chọn tệp gói (.antq)</label>
        <input id="exchange-import-file" type="file" disabled={busy()} onChange={(e) => void choose(e.currentTarget)} />
      </div>
      <TaskStatus task={task()} error={error()} />
      <Show when={preview()}>
        {(p) => (
          <div data-testid="exchange-preview">
            <PackagePreview preview={p()} />
            <Show
              when={!p().alreadyApplied}
              fallback={<p class="notice notice-ok">Gói này đã được nhận trước đây; nhận lại không thay đổi gì.</p>}
            >
              <div class="toolbar">
                <button type="button" class="btn btn-primary" disabled={busy()} onClick={() => void apply()}>
                  Nhận gói
                </button>
                <button type="button" class="btn" disabled={busy()} onClick={() => setPreview(null)}>
                  Huỷ
                </button>
              </div>
            </Show>
          </div>
        )}
      </Show>
      <Show when={result()}>
        {(r) => (
          <p class="notice notice-ok" role="status">
            Đã nhận gói số {r().manifest.sequence} của {r().senderName} (tạo lúc {formatDateTime(r().manifest.createdAt)}).
          </p>
        )}
      </Show>
    </section>
  );
}
