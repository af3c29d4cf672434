import { Show } from 'solid-js';
import type { ApiOutput } from '../../../src-main/contract';
import { formatBytes, formatDateTime } from '../../lib/format';

export interface DatabasePanelProps {
  status: ApiOutput<'system.status'> | null;
}

/** The office database file (tệp cơ sở dữ liệu): where it is and how it is kept. */
export function DatabasePanel(props: DatabasePanelProps) {
  return (
    <section class="panel" aria-labelledby="db-heading">
      <h2 id="db-heading">Cơ sở dữ liệu</h2>
      <Show when={props.status} fallback={<p class="muted">Đang tải…</p>}>
        {(s) => (
          <dl class="facts">
            <dt>Tệp</dt>
            <dd data-testid="settings-db-path">
              <code>{s().path ?? 'Trong bộ nhớ (không lưu ra tệp)'}</code>
            </dd>
            <dt>Lưu lần cuối</dt>
            <dd>{formatDateTime(s().lastSavedAt) || 'Chưa có thay đổi từ khi mở'}</dd>
            <dt>Nhật ký ghi chưa gộp</dt>
            <dd>{formatBytes(s().journalBytes)}</dd>
            <dt>Phiên bản cấu trúc</dt>
            <dd>{s().schemaVersion}</dd>
          </dl>
        )}
      </Show>
    </section>
  );
}
