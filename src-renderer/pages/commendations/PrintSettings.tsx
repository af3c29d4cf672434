import { createResource, createSignal, For, Show } from 'solid-js';
import { downloadBase64, MIME_TYPES } from '../../lib/download';
import { formatDateTime, parseNumber } from '../../lib/format';
import { calibration, clearEmblem, emblem, layouts, setEmblem, setOffsets } from './commendationsStore';

const MAX_EMBLEM_BYTES = 2 * 1024 * 1024;

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Print settings the office sets once: the national emblem (PNG/JPEG, checked by the core) and, per
 * layout, the printer's offsets for pre-printed stock, with a calibration page to measure them.
 */
export default function PrintSettings() {
  const [list, { refetch }] = createResource(async () => {
    const r = await layouts();
    return r.ok ? r.data : [];
  });
  const [stored, { refetch: refetchEmblem }] = createResource(async () => {
    const r = await emblem();
    return r.ok ? r.data : null;
  });
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const say = (ok: boolean, text: string) => setMessage({ ok, text });

  async function saveOffsets(layoutId: string, form: HTMLFormElement) {
    const data = new FormData(form);
    const x = parseNumber(String(data.get('x') ?? '0'));
    const y = parseNumber(String(data.get('y') ?? '0'));
    if (x === null || y === null) return say(false, 'Độ lệch phải là số milimét, ví dụ 1,5 hoặc -2.');
    const r = await setOffsets(layoutId, x, y);
    if (r.ok) void refetch();
    say(r.ok, r.ok ? 'Đã lưu độ lệch máy in.' : r.message);
  }

  async function printCalibration(layoutId: string) {
    const r = await calibration(layoutId);
    if (r.ok) downloadBase64(r.data.base64, r.data.fileName, MIME_TYPES.pdf);
    else say(false, r.message);
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_EMBLEM_BYTES) return say(false, 'Ảnh quá lớn (tối đa 2 MB).');
    const r = await setEmblem(toBase64(await file.arrayBuffer()));
    if (r.ok) void refetchEmblem();
    say(r.ok, r.ok ? 'Đã lưu ảnh Quốc huy.' : r.message);
  }

  async function removeEmblem() {
    const r = await clearEmblem();
    if (r.ok) void refetchEmblem();
    say(r.ok, r.ok ? 'Đã xóa ảnh Quốc huy.' : r.message);
  }

  return (
    <section class="panel print-settings" aria-label="Cài đặt in">
      <h2>Cài đặt in</h2>
      <Show when={message()}>{(m) => <p class={m().ok ? 'notice notice-ok' : 'notice notice-error'} role="status">{m().text}</p>}</Show>
      <h3>Quốc huy</h3>
      <Show when={stored()?.set} fallback={<p>Chưa có ảnh Quốc huy: chỗ của nó trên bằng để trống.</p>}>
        <p>
          <img class="emblem-thumb" alt="Quốc huy đã lưu" src={`data:${stored()?.mime ?? 'image/png'};base64,${stored()?.base64 ?? ''}`} /> Cập nhật{' '}
          {formatDateTime(stored()?.updatedAt)}
        </p>
      </Show>
      <div class="toolbar">
        <label class="btn">
          Chọn ảnh PNG/JPEG…
          <input type="file" accept="image/png,image/jpeg" class="visually-hidden" onChange={(e) => void upload(e.currentTarget.files?.[0])} />
        </label>
        <Show when={stored()?.set}>
          <button type="button" class="btn btn-danger" onClick={() => void removeEmblem()}>Xóa ảnh</button>
        </Show>
      </div>
      <h3>Độ lệch máy in khi in trên phôi (mm)</h3>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">Mẫu in</th>
            <th scope="col" colSpan={3}>
              Độ lệch ngang, dọc (mm; + sang phải, + xuống dưới)
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={list() ?? []}>
            {(l) => (
              <tr>
                <td>{l.name}</td>
                <td colSpan={3}>
                  <form class="toolbar" onSubmit={(e) => (e.preventDefault(), void saveOffsets(l.id, e.currentTarget))}>
                    <input name="x" aria-label={`Độ lệch ngang, ${l.name}`} size="5" value={String(l.offsets.x).replace('.', ',')} />
                    <input name="y" aria-label={`Độ lệch dọc, ${l.name}`} size="5" value={String(l.offsets.y).replace('.', ',')} />
                    <button type="submit" class="btn">Lưu</button>
                    <button type="button" class="btn" onClick={() => void printCalibration(l.id)}>Trang căn chỉnh</button>
                  </form>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
