import { createSignal, Show } from 'solid-js';
import ConfirmDialog from '../form/ConfirmDialog';
import { call } from '../../lib/api';
import { discardRowDraft, draftKeyAt } from './draft-rows';
import type { GridModel } from './grid-model';
import { hasUnsaved } from './row-book';

/** Props of the discard button in the grid's toolbar. */
export interface GridDraftDiscardProps {
  model: GridModel;
  version: () => number;
}

/**
 * "Bỏ dòng chưa lưu": the one way, besides deleting the row, to drop an unsaved row's typed text; asks
 * first, since the core keeps drafts until the clerk chooses (issue 10 item 1). Shown on such a row.
 */
export default function GridDraftDiscard(props: GridDraftDiscardProps) {
  const [asking, setAsking] = createSignal<number | null>(null);
  const unsavedAtCursor = () => {
    props.version();
    const m = props.model;
    const t = m.targetAt(m.cursor.row);
    if (t.kind === 'local') return t.local.savedId === null && Object.keys(t.local.entries).length > 0;
    const state = m.rowState(m.cursor.row);
    return state !== undefined && hasUnsaved(state);
  };
  return (
    <>
      <Show when={unsavedAtCursor()}>
        <button type="button" class="btn" data-testid="discard-draft" onClick={() => setAsking(props.model.cursor.row)}>
          Bỏ dòng chưa lưu
        </button>
      </Show>
      <ConfirmDialog
        open={asking() !== null}
        title="Bỏ dòng chưa lưu"
        confirmLabel="Bỏ dòng"
        danger
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          const row = asking();
          setAsking(null);
          if (row !== null) void discard(props.model, row);
        }}
      >
        <p>Bỏ những gì đã nhập ở dòng {(asking() ?? 0) + 1} mà chưa lưu? Nội dung đó sẽ không lấy lại được.</p>
      </ConfirmDialog>
    </>
  );
}

/**
 * Drops the draft in the core first, then on screen: a reload right after the click must not bring the
 * row back (the grid's own draft sync waits a moment before it writes).
 */
async function discard(m: GridModel, row: number): Promise<void> {
  const key = draftKeyAt(m, row);
  if (key === null) return;
  const r = await call('drafts.discard', { page: m.id, key });
  if (!r.ok) return m.setNotice(`Không bỏ được dòng chưa lưu: ${r.error.message}`);
  discardRowDraft(m, row);
}
