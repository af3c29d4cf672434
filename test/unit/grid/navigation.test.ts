import { describe, expect, it } from 'vitest';
import { moveCell, rangeOf } from '../../../src-renderer/components/grid/navigation';
import { browsingKeyAction, editingKeyAction, type KeyInput } from '../../../src-renderer/components/grid/keymap';

const b = { rows: 10, cols: 4, page: 5 };
const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('moving the cursor', () => {
  it('stops at the edges', () => {
    expect(moveCell({ row: 0, col: 0 }, 'up', b)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 9, col: 3 }, 'right', b)).toEqual({ row: 9, col: 3 });
    expect(moveCell({ row: 8, col: 1 }, 'pageDown', b)).toEqual({ row: 9, col: 1 });
  });

  it('wraps Tab to the next row and Shift+Tab to the previous row', () => {
    expect(moveCell({ row: 2, col: 3 }, 'next', b)).toEqual({ row: 3, col: 0 });
    expect(moveCell({ row: 2, col: 0 }, 'prev', b)).toEqual({ row: 1, col: 3 });
    expect(moveCell({ row: 9, col: 3 }, 'next', b)).toEqual({ row: 9, col: 3 });
  });

  it('selects the rectangle between anchor and cursor whichever way it was drawn', () => {
    expect(rangeOf({ row: 5, col: 3 }, { row: 2, col: 1 })).toEqual({ top: 2, bottom: 5, left: 1, right: 3 });
  });
});

describe('keys', () => {
  it('starts editing on Enter, F2 and on a typed character (which replaces the text)', () => {
    expect(browsingKeyAction(key('Enter'))).toEqual({ kind: 'edit', initial: null });
    expect(browsingKeyAction(key('F2'))).toEqual({ kind: 'edit', initial: null });
    expect(browsingKeyAction(key('đ'))).toEqual({ kind: 'edit', initial: 'đ' });
  });

  it('maps Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z to undo and redo, and Delete to a delete request', () => {
    expect(browsingKeyAction(key('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(browsingKeyAction(key('Y', { ctrlKey: true }))).toEqual({ kind: 'redo' });
    expect(browsingKeyAction(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'redo' });
    expect(browsingKeyAction(key('Delete'))).toEqual({ kind: 'delete' });
  });

  it('extends the selection with Shift+arrows and jumps with Ctrl+arrows', () => {
    expect(browsingKeyAction(key('ArrowDown', { shiftKey: true }))).toEqual({ kind: 'move', move: 'down', extend: true });
    expect(browsingKeyAction(key('ArrowUp', { ctrlKey: true }))).toEqual({ kind: 'move', move: 'top', extend: false });
  });

  it('while editing, Enter commits and moves down, Tab/Shift+Tab commit sideways, Esc cancels, arrows stay in the input', () => {
    expect(editingKeyAction(key('Enter'))).toEqual({ kind: 'commit', then: 'down' });
    expect(editingKeyAction(key('Tab', { shiftKey: true }))).toEqual({ kind: 'commit', then: 'prev' });
    expect(editingKeyAction(key('Escape'))).toEqual({ kind: 'cancel' });
    expect(editingKeyAction(key('ArrowLeft'))).toBeNull();
  });
});
