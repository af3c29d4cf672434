import { createSignal, For, Show } from 'solid-js';
import { call } from '../../../lib/api';
import { downloadBase64 } from '../../../lib/download';
import { countsText, type OfficeView, type RegisteredOffice } from './exchangeStore';
import { followCallProgress, TaskStatus, type Task } from './TaskStatus';

interface Made {
  fileName: string;
  contentBase64: string;
  sequence: number;
  counts: Record<string, number>;
}

/**
 * Makes a signed package for an office (the one above by default): the changes since the last package
 * to it, or everything. The file is saved at once; "Tải lại" saves it again.
 */
export function ExportPanel(props: { office: OfficeView; offices: RegisteredOffice[] }) {
  const targets = () => {
    const ids = new Set(props.offices.map((o) => o.id));
    const parent = props.office.parentOfficeId;
    return [...(parent && !ids.has(parent) ? [{ id: parent, name: 'Cơ quan cấp trên' }] : []), ...props.offices];
  };
  // The office above by default, else the first registered one: the list may arrive after this panel.
  const [chosen, setTo] = createSignal<string | null>(null);
  const to = () => chosen() ?? props.office.parentOfficeId ?? props.offices[0]?.id ?? '';
  const [all, setAll] = createSignal(false);
  const [task, setTask] = createSignal<Task | null>(null);
  const busy = () => task() !== null;
  const [made, setMade] = createSignal<Made | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  async function make() {
    setError(null);
    setMade(null);
    const name = targets().find((o) => o.id === to())?.name ?? to();
    setTask({ step: 1, steps: 2, label: `Tạo và ký gói gửi ${name}`, startedAt: Date.now() });
    const stop = followCallProgress('exchange.exportPackage', setTask);
    const r = await call('exchange.exportPackage', { to: to(), all: all() });
    stop();
    if (!r.ok) return (setTask(null), setError(r.error.message));
    const size = Math.floor((r.data.contentBase64.length * 3) / 4);
    const measure = { done: size, total: size, unit: 'bytes' as const };
    setTask({ step: 2, steps: 2, label: `Lưu tệp ${r.data.fileName}`, measure, startedAt: Date.now() });
    const m = {
      fileName: r.data.fileName,
      contentBase64: r.data.contentBase64,
      sequence: r.data.manifest.sequence,
      counts: r.data.manifest.counts,
    };
    setMade(m);
    downloadBase64(m.contentBase64, m.fileName, 'application/octet-stream');
    setTask(null);
  }

  return (
    <section class="panel" aria-labelledby="exchange-export-heading">
      <h2 id="exchange-export-heading">Gửi gói dữ liệu</h2>
      <div class="field">
        <label for="exchange-export-to">Gửi cho cơ quan</label>
        <select id="exchange-export-to" value={to()} onChange={(e) => setTo(e.currentTarget.value)}>
          <For each={targets()}>{(o) => <option value={o.id}>{`${o.name} (${o.id})`}</option>}</For>
        </select>
      </div>
      <fieldset class="field">
        <legend>Nội dung gói</legend>
        <label>
          <input type="radio" name="exchange-export-scope" checked={!all()} onChange={() => setAll(false)} /> Các thay đổi từ gói gửi trước
        </label>
        <label>
          <input type="radio" name="exchange-export-scope" checked={all()} onChange={() => setAll(true)} /> Tất cả bản ghi của cơ quan này
        </label>
      </fieldset>
      <button type="button" class="btn btn-primary" disabled={busy() || to() === ''} onClick={() => void make()}>
        {busy() ? 'Đang tạo gói…' : 'Tạo và tải gói'}
      </button>
      <TaskStatus task={task()} error={error()} />
      <Show when={made()}>
        {(m) => (
          <div class="notice notice-ok" role="status">
            <p>
              Đã tạo gói số {m().sequence}: <code>{m().fileName}</code> ({countsText(m().counts)}).
            </p>
            <button type="button" class="btn" onClick={() => downloadBase64(m().contentBase64, m().fileName, 'application/octet-stream')}>
              Tải lại tệp gói
            </button>
          </div>
        )}
      </Show>
    </section>
  );
}
