import { createSignal, Show } from 'solid-js';
import { OFFICE_LEVEL_LABELS } from '../../../../src-main/contract/exchange/office';
import ConfirmDialog from '../../../components/form/ConfirmDialog';
import StatusNotice, { type Notice } from '../../../components/form/StatusNotice';
import ActionTable from '../../../components/table/ActionTable';
import { call } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { countsText, type OfficeRow } from './exchangeStore';

const COLUMNS = [{ label: 'Cơ quan' }, { label: 'Dấu vân tay khoá' }, { label: 'Gói nhận gần nhất' }];

/**
 * The offices whose packages this database accepts, with the last package received from each and
 * "Hoàn tác lần nhận gần nhất" behind a confirmation.
 */
export function OfficesPanel(props: { rows: OfficeRow[]; onChanged: () => void }) {
  const [asking, setAsking] = createSignal<OfficeRow | null>(null);
  const [notice, setNotice] = createSignal<Notice | null>(null);

  async function undo(row: OfficeRow) {
    setAsking(null);
    const r = await call('exchange.undoLastImport', { officeId: row.office.id });
    setNotice(
      r.ok ? { ok: true, text: `Đã hoàn tác gói số ${r.data.sequence} của ${row.office.name}.` } : { ok: false, text: r.error.message },
    );
    props.onChanged();
  }

  return (
    <section class="panel" aria-labelledby="exchange-offices-heading">
      <h2 id="exchange-offices-heading">Các cơ quan gửi gói</h2>
      <StatusNotice notice={notice()} />
      <ActionTable rows={props.rows} columns={COLUMNS} empty="Chưa đăng ký cơ quan nào." testId="exchange-offices">
        {(row) => (
          <>
            <th scope="row">
              {row.office.name}
              <div class="muted">{`${row.office.id} · ${OFFICE_LEVEL_LABELS[row.office.level]}`}</div>
            </th>
            <td>
              <code>{row.office.fingerprint}</code>
            </td>
            <td>
              <Show when={row.last} fallback={<span class="muted">Chưa nhận gói nào</span>}>
                {(last) => (
                  <>
                    {`Gói số ${last().sequence}, ${formatDateTime(last().appliedAt)} (${last().appliedBy})`}
                    <div class="muted">{countsText(last().counts)}</div>
                  </>
                )}
              </Show>
            </td>
            <td class="nowrap">
              <Show when={row.last}>
                <button type="button" class="btn" onClick={() => setAsking(row)}>
                  Hoàn tác lần nhận gần nhất…
                </button>
              </Show>
            </td>
          </>
        )}
      </ActionTable>
      <ConfirmDialog
        open={asking() !== null}
        title="Hoàn tác lần nhận gần nhất"
        confirmLabel="Hoàn tác"
        danger
        onConfirm={() => {
          const row = asking();
          if (row) void undo(row);
        }}
        onCancel={() => setAsking(null)}
      >
        <p>
          Gỡ bỏ mọi thay đổi của gói số {asking()?.last?.sequence} nhận từ {asking()?.office.name}: bản ghi được thêm sẽ bị xoá, bản ghi bị
          thay hoặc xoá được trả lại như trước khi nhận.
        </p>
      </ConfirmDialog>
    </section>
  );
}
