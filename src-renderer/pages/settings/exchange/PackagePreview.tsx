import { For, Show } from 'solid-js';
import type { ApiOutput } from '../../../../src-main/contract';
import { OFFICE_LEVEL_LABELS } from '../../../../src-main/contract/exchange/office';
import { formatDateTime, formatNumber, isoToDisplayDate } from '../../../lib/format';

type Preview = ApiOutput<'exchange.importPackage'>;
type Reference = Preview['references'][number];

const MATCHES: Record<Reference['match'], string> = {
  code: 'Khớp theo mã',
  name: 'Khớp theo tên với mục đã có',
  created: 'Tạo mới',
};

function referenceText(r: Reference): string {
  const what = r.what === 'unit' ? 'Đơn vị' : 'Mục danh mục';
  return `${what} ${r.code ? `mã ${r.code} ` : ''}"${r.name}"`;
}

/** What a package would change here: who sent it, which number, new/changed/deleted per kind, unknown units. */
export function PackagePreview(props: { preview: Preview }) {
  const m = () => props.preview.manifest;
  const period = () => (m().period.from ? `từ ${isoToDisplayDate(m().period.from)} đến ${isoToDisplayDate(m().period.to)}` : 'toàn bộ');
  return (
    <>
      <dl class="exchange-manifest">
        <dt>Cơ quan gửi</dt>
        <dd>{`${m().sender.name} (${m().sender.id}, ${OFFICE_LEVEL_LABELS[m().sender.level]})`}</dd>
        <dt>Gói số</dt>
        <dd>{`${m().sequence}${m().full ? ' (đầy đủ)' : ''}`}</dd>
        <dt>Thời kỳ</dt>
        <dd>{period()}</dd>
        <dt>Tạo lúc</dt>
        <dd>{formatDateTime(m().createdAt)}</dd>
      </dl>
      <table class="table" data-testid="exchange-preview-kinds">
        <caption>Các thay đổi nếu nhận gói</caption>
        <thead>
          <tr>
            <th scope="col">Loại bản ghi</th>
            <th scope="col" class="num">
              Thêm mới
            </th>
            <th scope="col" class="num">
              Thay đổi
            </th>
            <th scope="col" class="num">
              Xoá
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.preview.kinds}>
            {(k) => (
              <tr>
                <th scope="row">{k.label}</th>
                <td class="num">{formatNumber(k.new)}</td>
                <td class="num">{formatNumber(k.changed)}</td>
                <td class="num">{formatNumber(k.deleted)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.preview.references.length > 0}>
        <table class="table" data-testid="exchange-preview-references">
          <caption>Đơn vị, danh mục chưa có ở đây</caption>
          <thead>
            <tr>
              <th scope="col">Mục trong gói</th>
              <th scope="col">Cách xử lý</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.preview.references}>
              {(r) => (
                <tr>
                  <td>{referenceText(r)}</td>
                  <td>{`${MATCHES[r.match]}${r.under ? ` (thuộc ${r.under})` : ''}`}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </>
  );
}
