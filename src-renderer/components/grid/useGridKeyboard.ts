import { browsingKeyAction, editingKeyAction } from './keymap';
import { commitEdit } from './grid-writer';
import { redoLast, rowsToDelete, undoLast } from './grid-actions';
import type { GridModel, RowTarget } from './grid-model';

export interface GridKeyboardDeps {
  model: GridModel;
  /** Rows in one screen, for PageUp/PageDown. */
  pageRows: () => number;
  /** Asks the clerk to confirm deleting these rows. */
  askDelete: (rows: RowTarget[]) => void;
  /** Called after the cursor moved so the view can scroll to it. */
  revealCursor: () => void;
}

/** Keyboard handlers of the grid: one for the grid itself, one for an open cell editor. */
export function useGridKeyboard(d: GridKeyboardDeps) {
  function onGridKeyDown(e: KeyboardEvent): void {
    // An editor that lost focus without closing: Esc still closes it.
    if (d.model.editing) {
      if (e.key === 'Escape') d.model.cancelEdit();
      return;
    }
    const action = browsingKeyAction(e);
    // Ctrl+C is left to the browser's copy event, which fills the clipboard with the selection.
    if (!action || action.kind === 'copy') return;
    e.preventDefault();
    switch (action.kind) {
      case 'move':
        d.model.move(action.move, action.extend, d.pageRows());
        d.revealCursor();
        return;
      case 'edit':
        d.model.startEdit(action.initial);
        return;
      case 'undo':
        void undoLast(d.model);
        return;
      case 'redo':
        void redoLast(d.model);
        return;
      case 'delete': {
        const rows = rowsToDelete(d.model);
        if (rows.length > 0) d.askDelete(rows);
        return;
      }
      default:
        return;
    }
  }

  function onEditorKeyDown(e: KeyboardEvent): void {
    const action = editingKeyAction(e);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (action.kind === 'cancel') d.model.cancelEdit();
    else if (action.kind === 'commit') {
      void commitEdit(d.model, action.then);
      d.revealCursor();
    }
  }

  return { onGridKeyDown, onEditorKeyDown };
}
