import { createSignal, Show } from 'solid-js';
import type { ApiOutput } from '../../../../src-main/contract';
import { call } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { fileAsBase64 } from './exchangeStore';
import { PackagePreview } from './PackagePreview';

type Preview = ApiOutput<'exchange.importPackage'>;

/**
 * Receives a package in two steps: the chosen file is checked and previewed (nothing written), then
 * "Nhận gói" applies it all-or-nothing. A refusal says why in Vietnamese and changes nothing.
 */
export function ImportPanel(props: { onImported: () => void }) {
  const [file, setFile] = createSignal<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = createSignal<Preview | null>(null);
  const [result, setResult] = createSignal<Preview | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  async function choose(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    setPreview(null);
    setResult(null);
    setError(null);
    if (!chosen) return setFile(null);
    setBusy(true);
    const f = { name: chosen.name, base64: await fileAsBase64(chosen) };
    setFile(f);
    const r = await call('exchange.importPackage', { contentBase64: f.base64, dryRun: true });
    setBusy(false);
    if (r.ok) setPreview(r.data);
    else setError(`Tệp "${f.name}": ${r.error.message}`);
  }

  async function apply() {
    const f = file();
    if (!f) return;
    setBusy(true);
    const r = await call('exchange.importPackage', { contentBase64: f.base64, dryRun: false });
    setBusy(false);
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
      <Show when={busy()}>
        <progress class="exchange-progress" aria-label="Đang kiểm tra gói dữ liệu" />
      </Show>
      <Show when={error()}>
        {(text) => (
          <p class="notice notice-error" role="alert">
            {text()}
          </p>
        )}
      </Show>
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
