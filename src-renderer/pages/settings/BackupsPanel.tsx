import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog from '../../components/form/ConfirmDialog';
import { formatBytes, formatDateTime } from '../../lib/format';
import type { Backup, BackupNotice } from './backupsStore';

const REASONS: Record<Backup['reason'], string> = {
  daily: 'Tự động hằng ngày',
  migration: 'Trước khi nâng cấp dữ liệu',
  manual: 'Sao lưu thủ công',
  'before-restore': 'Dữ liệu trước khi khôi phục',
  damaged: 'Tệp hỏng được giữ lại',
};

export interface BackupsPanelProps {
  backups: Backup[] | null;
  busy: boolean;
  notice: BackupNotice | null;
  /** False for an in-memory database (nothing to back up). */
  available: boolean;
  onCreate(): void;
  onRestore(name: string): void;
}

/** Backups (sao lưu): make one now, or restore one after a confirmation that says what happens. */
export function BackupsPanel(props: BackupsPanelProps) {
  const [asking, setAsking] = createSignal<Backup | null>(null);
  return (
    <section class="panel" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Sao lưu</h2>
      <div class="toolbar">
        <button type="button" class="btn btn-primary" disabled={props.busy || !props.available} onClick={() => props.onCreate()}>
          {props.busy ? 'Đang xử lý…' : 'Sao lưu ngay'}
        </button>
        <span class="muted">Ứng dụng tự sao lưu lần mở đầu tiên mỗi ngày và trước mỗi lần nâng cấp dữ liệu.</span>
      </div>
      <Show when={props.notice}>
        {(n) => (
          <p class={n().ok ? 'notice notice-ok' : 'notice notice-error'} role="status">
            {n().text}
          </p>
        )}
      </Show>
      <Show when={props.backups} fallback={<p class="muted">Đang tải…</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="muted">Chưa có bản sao lưu nào.</p>}>
            <table class="table" data-testid="backups-table">
              <thead>
                <tr>
                  <th scope="col">Thời điểm</th>
                  <th scope="col">Loại</th>
                  <th scope="col" class="num">
                    Dung lượng
                  </th>
                  <th scope="col">Tệp</th>
                  <th scope="col">
                    <span class="visually-hidden">Thao tác</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(b) => (
                    <tr>
                      <td class="nowrap">{formatDateTime(b.at)}</td>
                      <td>{REASONS[b.reason]}</td>
                      <td class="num nowrap">{formatBytes(b.bytes)}</td>
                      <td>
                        <code>{b.name}</code>
                      </td>
                      <td class="nowrap">
                        <button type="button" class="btn" disabled={props.busy} onClick={() => setAsking(b)}>
                          Khôi phục…
                        </button>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
      <ConfirmDialog
        open={asking() !== null}
        title="Khôi phục bản sao lưu?"
        confirmLabel="Khôi phục"
        danger
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          const b = asking();
          setAsking(null);
          if (b) props.onRestore(b.name);
        }}
      >
        <p>
          Dữ liệu hiện tại sẽ được thay bằng bản sao lưu lúc <strong>{formatDateTime(asking()?.at)}</strong>.
        </p>
        <p>Dữ liệu hiện tại không mất: nó được giữ lại thành một bản sao lưu mới, nên có thể khôi phục ngược lại.</p>
      </ConfirmDialog>
    </section>
  );
}
