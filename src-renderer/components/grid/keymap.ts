import type { Move } from './navigation';

/** The parts of a KeyboardEvent the grid reads, so the mapping is testable without a DOM. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** What a key press means to the grid. */
export type GridAction =
  | { kind: 'move'; move: Move; extend: boolean }
  | { kind: 'edit'; initial: string | null }
  | { kind: 'commit'; then: 'down' | 'next' | 'prev' | 'stay' }
  | { kind: 'cancel' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'delete' }
  | { kind: 'copy' };

const arrows: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Keys while a cell editor is open: only the ones that leave the editor; the rest go to the input. */
export function editingKeyAction(e: KeyInput): GridAction | null {
  if (e.key === 'Escape') return { kind: 'cancel' };
  if (e.key === 'Enter' && !e.altKey) return { kind: 'commit', then: e.shiftKey ? 'stay' : 'down' };
  if (e.key === 'Tab') return { kind: 'commit', then: e.shiftKey ? 'prev' : 'next' };
  return null;
}

/** Keys while the cursor rests on a cell, like a spreadsheet. */
export function browsingKeyAction(e: KeyInput): GridAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && key === 'z') return e.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
  if (mod && key === 'y') return { kind: 'redo' };
  if (mod && key === 'c') return { kind: 'copy' };
  const arrow = arrows[e.key];
  if (arrow) return { kind: 'move', move: mod ? edgeOf(arrow) : arrow, extend: e.shiftKey };
  if (e.key === 'Tab') return { kind: 'move', move: e.shiftKey ? 'prev' : 'next', extend: false };
  if (e.key === 'Enter' || e.key === 'F2') return { kind: 'edit', initial: null };
  if (e.key === 'Home') return { kind: 'move', move: mod ? 'top' : 'home', extend: e.shiftKey };
  if (e.key === 'End') return { kind: 'move', move: mod ? 'bottom' : 'end', extend: e.shiftKey };
  if (e.key === 'PageUp') return { kind: 'move', move: 'pageUp', extend: e.shiftKey };
  if (e.key === 'PageDown') return { kind: 'move', move: 'pageDown', extend: e.shiftKey };
  if (e.key === 'Delete') return { kind: 'delete' };
  // Typing a character starts editing with that character, replacing the cell's text.
  if (e.key.length === 1 && !mod && !e.altKey) return { kind: 'edit', initial: e.key };
  return null;
}

function edgeOf(arrow: Move): Move {
  if (arrow === 'up') return 'top';
  if (arrow === 'down') return 'bottom';
  return arrow === 'left' ? 'home' : 'end';
}
