import { createSignal, Show } from 'solid-js';
import ConfirmDialog from '../../components/form/ConfirmDialog';
import StatusNotice from '../../components/form/StatusNotice';
import ActionTable from '../../components/table/ActionTable';
import { formatBytes, formatDateTime } from '../../lib/format';
import type { Backup, BackupNotice } from './backupsStore';

const REASONS: Record<Backup['reason'], string> = {
  daily: 'Tự động hằng ngày',
  migration: 'Trước khi nâng cấp dữ liệu',
  manual: 'Sao lưu thủ công',
  'before-restore': 'Dữ liệu trước khi khôi phục',
  damaged: 'Tệp hỏng được giữ lại',
};

const COLUMNS = [{ label: 'Thời điểm' }, { label: 'Loại' }, { label: 'Dung lượng', num: true }, { label: 'Tệp' }];

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
      <StatusNotice notice={props.notice} />
      <Show when={props.backups} fallback={<p class="muted">Đang tải…</p>}>
        {(list) => (
          <ActionTable rows={list()} columns={COLUMNS} empty="Chưa có bản sao lưu nào." testId="backups-table">
            {(b) => (
              <>
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
              </>
            )}
          </ActionTable>
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
