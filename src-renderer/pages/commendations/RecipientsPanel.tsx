import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import DataGrid from '../../components/grid/DataGrid';
import ImportAction from '../../components/import/ImportAction';
import { createGrid } from '../../components/grid/createGrid';
import { assignNumbers, moveRecipient, pasteRecipients, recipientsSource, type PasteResult } from './commendationsStore';
import RecipientHistory, { type HistoryTarget } from './RecipientHistory';
import { recipientColumns } from './recipientColumns';
import { can } from '../../lib/permissions';
import ErrorNotice from '../../components/form/ErrorNotice';

export interface RecipientsPanelProps {
  decisionId: string;
  /** Bumped by the page after printing so the grid shows printed-on dates. */
  onChanged: () => void;
  /** The saved recipients in the grid's selected rows, for printing only those. */
  onSelection?: (recipientIds: string[]) => void;
  /**
   * Why the list cannot be changed here (another office's decision, stores/originColumn.ts), or null:
   * then every row is locked with that reason and the tools that change the list are not offered.
   */
  lock?: string | null;
}

/**
 * The recipients of a decision in the shared data-entry grid, a box to paste a whole proposal list
 * from Excel (checked row by row by the core), registry numbering, and the history of the row in focus.
 */
export default function RecipientsPanel(props: RecipientsPanelProps) {
  const lock = props.lock ?? null;
  const grid = createGrid({
    id: `recipients-${props.decisionId}`,
    columns: recipientColumns,
    source: recipientsSource(props.decisionId),
    ...(lock ? { rowLock: () => lock, appendable: false } : {}),
  });
  const editable = () => can('edit') && lock === null;
  const [pasted, setPasted] = createSignal('');
  const [result, setResult] = createSignal<PasteResult | null>(null);
  const [message, setMessage] = createSignal<string | null>(null);

  const target = createMemo<HistoryTarget | null>(
    () => {
      grid.version();
      const t = grid.model.targetAt(grid.model.cursor.row);
      if (t.kind !== 'saved') return null;
      const r = t.row;
      return {
        recipientId: r.id,
        kind: r.kind === 'collective' ? 'collective' : 'individual',
        name: String(r.name ?? ''),
        birthYear: typeof r.birthYear === 'number' ? r.birthYear : null,
        unitName: String(r.unitName ?? ''),
      };
    },
    null,
    {
      equals: (a, b) =>
        a?.recipientId === b?.recipientId && a?.name === b?.name && a?.birthYear === b?.birthYear && a?.unitName === b?.unitName,
    },
  );

  const selectedIds = createMemo<string[]>(
    () => {
      grid.version();
      const range = grid.model.selection();
      const ids: string[] = [];
      for (let row = range.top; row <= range.bottom; row++) {
        const t = grid.model.targetAt(row);
        if (t.kind === 'saved') ids.push(t.row.id);
      }
      return ids;
    },
    [],
    { equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]) },
  );
  createEffect(() => props.onSelection?.(selectedIds()));

  async function paste() {
    const r = await pasteRecipients(props.decisionId, pasted());
    if (!r.ok) return setMessage(r.message);
    setMessage(null);
    setResult(r.data);
    if (r.data.rejected.length === 0) setPasted('');
    await grid.model.reload();
    props.onChanged();
  }

  /**
   * Moves the row in focus one place up or down (Alt+↑/↓, or the toolbar): its STT and, while unprinted,
   * its số sổ follow; the cursor follows the row.
   */
  async function moveRow(direction: 'up' | 'down') {
    const row = grid.model.cursor.row;
    const t = grid.model.targetAt(row);
    if (t.kind !== 'saved' || grid.model.editing) return;
    const version = typeof t.row.version === 'number' ? t.row.version : undefined;
    const r = await moveRecipient(t.row.id, direction, version);
    setMessage(r.ok ? null : r.message);
    if (!r.ok || !r.data.moved) return;
    await grid.model.reload();
    grid.model.moveTo({ row: direction === 'up' ? row - 1 : row + 1, col: grid.model.cursor.col });
    props.onChanged();
  }
  function onGridKey(e: KeyboardEvent) {
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    // Taken before the grid sees it: Alt+arrow is not a grid move.
    e.preventDefault();
    e.stopPropagation();
    void moveRow(e.key === 'ArrowUp' ? 'up' : 'down');
  }

  async function number() {
    const r = await assignNumbers(props.decisionId);
    setMessage(r.ok ? null : r.message);
    if (r.ok) {
      setResult(null);
      await grid.model.reload();
      props.onChanged();
    }
  }

  return (
    <div class="recipients">
      <div class="recipients-main">
        <div class="recipients-grid" on:keydown={{ handleEvent: onGridKey, capture: true }}>
          <DataGrid
            grid={grid}
            label="Danh sách tập thể, cá nhân được khen"
            toolbar={
              <Show when={lock === null} fallback={<span class="muted">{lock}</span>}>
                <button type="button" class="btn" onClick={() => void number()}>
                  Cấp số sổ
                </button>
                <button
                  type="button"
                  class="btn"
                  aria-keyshortcuts="Alt+ArrowUp"
                  title="Chuyển dòng lên (Alt+↑)"
                  onClick={() => void moveRow('up')}
                >
                  ↑ Lên
                </button>
                <button
                  type="button"
                  class="btn"
                  aria-keyshortcuts="Alt+ArrowDown"
                  title="Chuyển dòng xuống (Alt+↓)"
                  onClick={() => void moveRow('down')}
                >
                  ↓ Xuống
                </button>
                <ImportAction
                  scope={{ kind: 'recipients', decisionId: props.decisionId }}
                  noun="người/tập thể được khen"
                  onChanged={() => void grid.model.reload()}
                />
              </Show>
            }
          />
        </div>
        <Show when={editable()}>
          <details class="panel paste-box">
            <summary>Dán danh sách đề nghị từ Excel</summary>
            <p>Cột: STT, Họ và tên / Tên tập thể, Giới tính, Năm sinh, Chức vụ, Đơn vị, Thành tích (có thể dán cả dòng tiêu đề).</p>
            <textarea aria-label="Nội dung dán từ Excel" rows="6" value={pasted()} onInput={(e) => setPasted(e.currentTarget.value)} />
            <div class="toolbar">
              <button type="button" class="btn btn-primary" disabled={!pasted().trim()} onClick={() => void paste()}>
                Thêm vào danh sách
              </button>
            </div>
          </details>
        </Show>
        <ErrorNotice message={message()} />
        <Show when={result()}>
          {(r) => (
            <div class="notice" role="status">
              <p>
                Đã thêm {r().saved} dòng.{r().rejected.length ? ` ${r().rejected.length} dòng chưa thêm được:` : ''}
              </p>
              <ul>
                <For each={r().rejected}>
                  {(x) => (
                    <li>
                      Dòng {x.line}
                      {x.name ? ` (${x.name})` : ''}: {x.reasons.join(' ')}
                    </li>
                  )}
                </For>
                <For each={r().warnings}>
                  {(w) => (
                    <li>
                      Cảnh báo dòng {w.line} ({w.name}): {w.message}
                    </li>
                  )}
                </For>
              </ul>
            </div>
          )}
        </Show>
      </div>
      <RecipientHistory decisionId={props.decisionId} target={target()} />
    </div>
  );
}
