import { createResource, createSignal, For, Show } from 'solid-js';
import { downloadBase64, MIME_TYPES } from '../../lib/download';
import { parseNumber } from '../../lib/format';
import { calibration, layouts, setOffsets } from './commendationsStore';
import EmblemSettings from './EmblemSettings';
import LayoutEditor from './LayoutEditor';
import StatusNotice from '../../components/form/StatusNotice';

/**
 * Print settings the office sets once: the national emblem (EmblemSettings) and, per layout, the
 * printer's offsets for pre-printed stock, with a calibration page to measure them.
 */
export default function PrintSettings() {
  const [list, { refetch }] = createResource(async () => {
    const r = await layouts();
    return r.ok ? r.data : [];
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

  return (
    <section class="panel print-settings" aria-label="Cài đặt in">
      <h2>Cài đặt in</h2>
      <StatusNotice notice={message()} />
      <EmblemSettings />
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
                    <button type="submit" class="btn">
                      Lưu
                    </button>
                    <button type="button" class="btn" onClick={() => void printCalibration(l.id)}>
                      Trang căn chỉnh
                    </button>
                  </form>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={list()?.length}>
        <LayoutEditor layouts={list() ?? []} />
      </Show>
    </section>
  );
}
