import { For, Show } from 'solid-js';
import type { ImportPreview } from '../../../src-main/contract/imports/imports.contract';
import { formatVnNumber } from '../../../src-main/shared/vn-number';
import ImportMapping from './ImportMapping';

/** Problems listed in the dialog; the count says how many more. */
const SHOWN_PROBLEMS = 200;

/** The check's answer: the header row, the mapping to correct, the problems or the all-clear. */
export default function ImportPreviewBody(props: {
  preview: ImportPreview;
  mapping: (string | null)[];
  onRemap: (index: number, field: string | null) => void;
}) {
  const shown = () => props.preview.problems.slice(0, SHOWN_PROBLEMS);
  return (
    <div class="import-preview" data-testid="import-preview">
      <Show when={props.preview.headerRow !== null}>
        <p>
          Dòng tiêu đề: dòng {props.preview.headerRow}; {formatVnNumber(props.preview.rows)} dòng dữ liệu.
        </p>
        <ImportMapping preview={props.preview} mapping={props.mapping} onChange={(i, f) => props.onRemap(i, f)} />
      </Show>
      <Show
        when={props.preview.problemCount > 0}
        fallback={
          <p class="notice notice-ok" role="status">
            Tệp hợp lệ: sẽ nhập {formatVnNumber(props.preview.rows)} dòng; chưa lưu.
          </p>
        }
      >
        <div class="notice notice-error import-problems" role="alert">
          <p>Có {formatVnNumber(props.preview.problemCount)} lỗi; chưa lưu dòng nào. Sửa tệp rồi chọn lại, hoặc chọn lại cột.</p>
          <ul>
            <For each={shown()}>{(p) => <li>{p.message}</li>}</For>
          </ul>
          <Show when={props.preview.problemCount > shown().length}>
            <p>… và {formatVnNumber(props.preview.problemCount - shown().length)} lỗi khác.</p>
          </Show>
        </div>
      </Show>
    </div>
  );
}
