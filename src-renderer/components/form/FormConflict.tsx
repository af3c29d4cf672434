import { onMount } from 'solid-js';
import ConflictTable from './ConflictTable';
import type { FormConflictLine } from './form-conflict';
import '../grid/GridConflictBar.css';

/** Props of the panel shown when a form's save was refused because another window saved first. */
export interface FormConflictProps {
  /** What the record is (e.g. "Quyết định này"), for the heading. */
  subject: string;
  lines: readonly FormConflictLine[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/**
 * A save refused as stale (CONFLICT): each field with the clerk's value and the one saved in another
 * window or tab, and the same two ways out as the grid's conflict bar. Nothing is overwritten until the
 * clerk chooses.
 */
export default function FormConflict(props: FormConflictProps) {
  let panel: HTMLDivElement | undefined;
  let keep: HTMLButtonElement | undefined;
  // The choice is where the clerk looks next, wherever the form is scrolled.
  onMount(() => {
    panel?.scrollIntoView({ block: 'nearest' });
    keep?.focus({ preventScroll: true });
  });
  return (
    <div ref={panel} class="grid-conflict" role="alert" data-testid="form-conflict">
      <strong>{props.subject} vừa được sửa ở cửa sổ khác.</strong>
      <ConflictTable fieldHeader="Trường" mineHeader="Của bạn" lines={props.lines} />
      <button ref={keep} type="button" class="btn btn-primary" onClick={() => props.onKeepMine()}>
        Giữ của tôi
      </button>
      <button type="button" class="btn" onClick={() => props.onTakeTheirs()}>
        Lấy bản kia
      </button>
    </div>
  );
}
