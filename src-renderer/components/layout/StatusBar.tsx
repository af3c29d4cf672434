import { Show } from 'solid-js';
import type { ApiOutput } from '../../../src-main/contract';
import { formatDateTime, formatTime } from '../../lib/format';

/** What `system.status` reports: the database file, its saved state and the newest backup. */
export type DatabaseStatus = ApiOutput<'system.status'>;

export interface StatusBarProps {
  status: DatabaseStatus | null;
  /** Vietnamese text when the last status call failed (server stopped, token expired). */
  error: string | null;
}

/** The status bar (thanh trạng thái): which file the clerk is working in and whether it is saved. */
export function StatusBar(props: StatusBarProps) {
  const fileName = () => {
    const st = props.status;
    if (!st) return '…';
    return st.fileName ?? 'Trong bộ nhớ (không lưu ra tệp)';
  };
  // A background failure (a checkpoint or backup that could not be written) outranks "Đã lưu".
  const problem = () => props.error ?? props.status?.problem ?? null;
  return (
    <footer class="status-bar" role="status" aria-live="polite">
      <span class="status-item" title={props.status?.path ?? undefined} data-testid="status-db">
        Cơ sở dữ liệu: <strong>{fileName()}</strong>
      </span>
      <Show
        when={!problem()}
        fallback={
          <span class="status-item status-error" data-testid="status-saved">
            {problem()}
          </span>
        }
      >
        <span class="status-item" data-testid="status-saved" data-saved-at={props.status?.lastSavedAt ?? undefined}>
          <span class="status-dot" aria-hidden="true" />
          {props.status?.lastSavedAt ? `Đã lưu lúc ${savedAt(props.status.lastSavedAt)}` : 'Đã lưu'}
        </span>
      </Show>
      <Show when={props.status?.keptTornTails.length}>
        <span class="status-item status-error" data-testid="status-torn-tail" title={tornTailDetail(props.status)}>
          Khi mở đã bỏ phần ghi dở cuối nhật ký (chưa từng được lưu); đã giữ một bản chép bên cạnh tệp
        </span>
      </Show>
      <span class="status-item" data-testid="status-backup">
        {props.status?.lastBackup ? `Sao lưu gần nhất: ${formatDateTime(props.status.lastBackup.at)}` : 'Chưa có bản sao lưu'}
      </span>
    </footer>
  );
}

/** Which files hold the dropped bytes, for the administrator. */
function tornTailDetail(status: DatabaseStatus | null): string {
  return (status?.keptTornTails ?? []).map((t) => `${t.fileName} (${t.bytes} byte)`).join(', ');
}

/** Today's saves by time alone; an older one (the app left open overnight) with its date. */
function savedAt(iso: string): string {
  const sameDay = new Date(iso).toDateString() === new Date().toDateString();
  return sameDay ? formatTime(iso) : formatDateTime(iso);
}
