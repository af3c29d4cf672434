import { createStore } from 'solid-js/store';
import { For, Show } from 'solid-js';
import { formatDateTime } from '../../lib/format';
import { can } from '../../lib/permissions';
import { auditKindLabel } from '../../../src-main/contract/audit/audit-kinds';
import type { AuditLogEntry, AuditLogFilterText, AuditLogStore } from './auditLogStore';
import StatusNotice from '../../components/form/StatusNotice';

const ACTIONS: Record<AuditLogEntry['action'], string> = { create: 'Thêm', update: 'Sửa', delete: 'Xoá', event: 'Sự kiện' };

/** Props of the panel: its store. */
export interface AuditLogPanelProps {
  log: AuditLogStore;
}

const FIELDS: { key: keyof AuditLogFilterText; label: string; placeholder: string }[] = [
  { key: 'username', label: 'Tài khoản', placeholder: 'tên đăng nhập' },
  { key: 'kind', label: 'Loại bản ghi', placeholder: 'vd. units' },
  { key: 'method', label: 'Thao tác', placeholder: 'vd. units.update' },
  { key: 'from', label: 'Từ ngày', placeholder: 'dd/mm/yyyy' },
  { key: 'to', label: 'Đến ngày', placeholder: 'dd/mm/yyyy' },
];

/** "Nhật ký thao tác": who did what, filtered, newest first, and its Excel export (administrators). */
export function AuditLogPanel(props: AuditLogPanelProps) {
  const [filter, setFilter] = createStore<AuditLogFilterText>({ username: '', kind: '', method: '', from: '', to: '' });
  return (
    <section class="panel" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Nhật ký thao tác</h2>
      <form
        class="toolbar audit-filters"
        onSubmit={(e) => {
          e.preventDefault();
          void props.log.search({ ...filter });
        }}
      >
        <For each={FIELDS}>
          {(f) => (
            <label class="field">
              <span>{f.label}</span>
              <input value={filter[f.key]} placeholder={f.placeholder} onInput={(e) => setFilter(f.key, e.currentTarget.value)} />
            </label>
          )}
        </For>
        <button type="submit" class="btn">
          Lọc
        </button>
        <Show when={can('auditExport')}>
          <button type="button" class="btn btn-primary" disabled={props.log.busy()} onClick={() => void props.log.exportXlsx()}>
            {props.log.busy() ? 'Đang xuất…' : 'Xuất Excel'}
          </button>
        </Show>
      </form>
      <StatusNotice notice={props.log.message()} />
      <Show when={props.log.entries()} fallback={<p class="muted">Đang tải…</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="muted">Không có thao tác nào khớp bộ lọc.</p>}>
            <table class="table" data-testid="audit-table">
              <thead>
                <tr>
                  <th scope="col">Thời điểm</th>
                  <th scope="col">Tài khoản</th>
                  <th scope="col">Thao tác</th>
                  <th scope="col">Bản ghi</th>
                  <th scope="col">Hành động</th>
                  <th scope="col">Ghi chú</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(e) => (
                    <tr>
                      <td>{formatDateTime(e.at)}</td>
                      <td>{e.username}</td>
                      <td>{e.method}</td>
                      <td>{auditKindLabel(e.kind)}</td>
                      <td>{ACTIONS[e.action]}</td>
                      <td>{e.note ?? `${Object.keys(e.changes ?? {}).length} trường`}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <Show when={props.log.next() !== null}>
              <button type="button" class="btn" onClick={() => void props.log.more()}>
                Xem thêm
              </button>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
