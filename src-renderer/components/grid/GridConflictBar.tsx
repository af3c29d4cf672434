import { Show } from 'solid-js';
import ConflictTable from '../form/ConflictTable';
import { conflictLines, keepMine, takeTheirs } from './grid-conflict';
import type { GridModel } from './grid-model';
import './GridConflictBar.css';

/** Props of the bar that resolves a save another window overtook. */
export interface GridConflictBarProps {
  model: GridModel;
  version: () => number;
}

/**
 * Shown when a save was refused because another window or tab saved the row first: each clashing
 * field with the clerk's value and the saved one, and the two ways out. Nothing is overwritten until
 * the clerk chooses.
 */
export default function GridConflictBar(props: GridConflictBarProps) {
  const first = () => (props.version(), props.model.conflicts[0]);
  return (
    <Show when={first()}>
      {(c) => (
        <div class="grid-conflict" role="alert" data-testid="grid-conflict">
          <strong>
            {c().deleting
              ? 'Dòng bạn định xoá vừa được sửa ở cửa sổ khác: giữ của bạn là vẫn xoá, lấy bản kia là giữ dòng như đã lưu.'
              : 'Dòng này vừa được sửa ở cửa sổ khác.'}
          </strong>
          <Show when={props.model.conflicts.length > 1}>
            <span> (còn {props.model.conflicts.length - 1} dòng khác)</span>
          </Show>
          <ConflictTable fieldHeader="Cột" mineHeader={c().deleting ? 'Bạn đã thấy' : 'Của bạn'} lines={conflictLines(props.model, c())} />
          <button type="button" class="btn btn-primary" onClick={() => void keepMine(props.model, c())}>
            Giữ của tôi
          </button>
          <button type="button" class="btn" onClick={() => takeTheirs(props.model, c())}>
            Lấy bản kia
          </button>
        </div>
      )}
    </Show>
  );
}
