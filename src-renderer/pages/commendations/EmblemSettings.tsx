import { createResource, createSignal, Show } from 'solid-js';
import { formatDateTime } from '../../lib/format';
import { clearEmblem, emblem, setEmblem } from './commendationsStore';
import './EmblemSettings.css';
import StatusNotice from '../../components/form/StatusNotice';

const MAX_EMBLEM_BYTES = 2 * 1024 * 1024;

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The national emblem (Quốc huy) printed at the top of full certificates: a PNG/JPEG the office sets
 * once (the core checks it; SVG is refused). Shown in Settings and in the commendations' print settings.
 */
export default function EmblemSettings() {
  const [stored, { refetch }] = createResource(async () => {
    const r = await emblem();
    return r.ok ? r.data : null;
  });
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const say = (ok: boolean, text: string) => setMessage({ ok, text });

  async function upload(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_EMBLEM_BYTES) return say(false, 'Ảnh quá lớn (tối đa 2 MB).');
    const r = await setEmblem(toBase64(await file.arrayBuffer()));
    if (r.ok) void refetch();
    say(r.ok, r.ok ? 'Đã lưu ảnh Quốc huy.' : r.message);
  }

  async function removeEmblem() {
    const r = await clearEmblem();
    if (r.ok) void refetch();
    say(r.ok, r.ok ? 'Đã xóa ảnh Quốc huy.' : r.message);
  }

  return (
    <div class="emblem-settings">
      <h3>Quốc huy</h3>
      <StatusNotice notice={message()} />
      <Show when={stored()?.set} fallback={<p>Chưa có ảnh Quốc huy: chỗ của nó trên bằng để trống.</p>}>
        <p>
          <img class="emblem-thumb" alt="Quốc huy đã lưu" src={`data:${stored()?.mime ?? 'image/png'};base64,${stored()?.base64 ?? ''}`} />{' '}
          Cập nhật {formatDateTime(stored()?.updatedAt)}
        </p>
      </Show>
      <div class="toolbar">
        <label class="btn">
          Chọn ảnh PNG/JPEG…
          <input
            type="file"
            accept="image/png,image/jpeg"
            class="visually-hidden"
            onChange={(e) => void upload(e.currentTarget.files?.[0])}
          />
        </label>
        <Show when={stored()?.set}>
          <button type="button" class="btn btn-danger" onClick={() => void removeEmblem()}>
            Xóa ảnh
          </button>
        </Show>
      </div>
    </div>
  );
}
