import { For } from 'solid-js';
import type { FormConflictLine } from './form-conflict';

/** Props: the headers of the first two columns ("Trường" or "Cột", "Của bạn" or "Bạn đã thấy") and the lines. */
export interface ConflictTableProps {
  fieldHeader: string;
  mineHeader: string;
  lines: readonly FormConflictLine[];
}

/** Each clashing field with the clerk's value and the one saved in another window, for a form or a grid row. */
export default function ConflictTable(props: ConflictTableProps) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{props.fieldHeader}</th>
          <th scope="col">{props.mineHeader}</th>
          <th scope="col">Đã lưu ở cửa sổ khác</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.lines}>
          {(line) => (
            <tr>
              <th scope="row">{line.label}</th>
              <td data-testid="conflict-mine">{line.mine}</td>
              <td data-testid="conflict-theirs">{line.theirs}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
