import { createSignal, createUniqueId, For, onMount, Show } from 'solid-js';
import { UnitTree, type TreeLine, type UnitOption, type UnitTreeSource } from './unit-tree';
import { formatVnDate } from '../../../src-main/shared/vn-date';
import './UnitPicker.css';

/** Props of the unit picker (cây chọn đơn vị). */
export interface UnitPickerProps {
  source: UnitTreeSource;
  /** Text already typed (the key that opened the editor). */
  initialQuery?: string;
  /** Called with the chosen unit and the key that chose it. */
  onPick: (unit: UnitOption, key: 'Enter' | 'Tab' | 'ShiftTab' | 'click') => void;
  onCancel?: () => void;
  /** A picker inside a grid cell floats over the rows; on a page it is a panel. */
  floating?: boolean;
  label?: string;
}

/**
 * A searchable tree of units: empty search browses the tree (→ opens, ← closes), typed text searches
 * by name or code without diacritics ("dang" finds "Đặng") and shows each unit's path.
 */
export default function UnitPicker(props: UnitPickerProps) {
  const tree = new UnitTree();
  const [lines, setLines] = createSignal<TreeLine[]>([]);
  const [active, setActive] = createSignal(0);
  const [query, setQuery] = createSignal(props.initialQuery ?? '');
  let input: HTMLInputElement | undefined;
  let asked = 0;
  /** The load whose lines are on screen, and the newest load asked for (a search still on its way). */
  let shown = 0;
  let newest: Promise<void> = Promise.resolve();
  // Ids unique per picker: a page may show a picker panel while a grid cell opens another.
  const listId = `unit-list-${createUniqueId()}`;
  const optionId = (i: number) => `${listId}-opt-${i}`;

  const refreshTree = () => setLines(tree.lines());
  function load(q: string): Promise<void> {
    newest = loadLines(q);
    return newest;
  }
  async function loadLines(q: string): Promise<void> {
    const ticket = ++asked;
    if (q.trim() === '') {
      if (!tree.has(null)) tree.setChildren(null, await props.source.children(null));
      if (ticket === asked) refreshTree();
    } else {
      const rows = await props.source.search(q);
      if (ticket === asked) setLines(rows.map((unit) => ({ unit, depth: 0, expanded: false })));
    }
    if (ticket === asked) {
      setActive(0);
      shown = ticket;
    }
  }

  /**
   * Enter or Tab picks from the lines of what was typed last: a key pressed while that search is still on
   * its way waits for it, so a fast typist never gets the best match of a shorter text.
   */
  function pick(key: 'Enter' | 'Tab' | 'ShiftTab'): void {
    const choose = () => {
      const line = lines()[active()];
      if (line) props.onPick(line.unit, key);
    };
    if (shown === asked) choose();
    else void newest.then(choose);
  }

  async function toggle(line: TreeLine, open: boolean): Promise<void> {
    if (query().trim() !== '' || !line.unit.hasChildren) return;
    if (open) {
      if (!tree.has(line.unit.id)) tree.setChildren(line.unit.id, await props.source.children(line.unit.id));
      tree.expand(line.unit.id);
    } else tree.collapse(line.unit.id);
    refreshTree();
  }

  function onKeyDown(e: KeyboardEvent): void {
    const line = lines()[active()];
    const keys: Record<string, () => void> = {
      ArrowDown: () => setActive(Math.min(active() + 1, lines().length - 1)),
      ArrowUp: () => setActive(Math.max(active() - 1, 0)),
      ArrowRight: () => line && void toggle(line, true),
      ArrowLeft: () => line && void toggle(line, false),
      Enter: () => pick('Enter'),
      Tab: () => pick(e.shiftKey ? 'ShiftTab' : 'Tab'),
      Escape: () => props.onCancel?.(),
    };
    const run = keys[e.key];
    if (!run || ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && query().trim() !== '')) return;
    // Without a cancel of its own (in a dialog, say), Esc goes on to what holds the picker: the dialog closes.
    if (e.key === 'Escape' && !props.onCancel) return;
    e.preventDefault();
    e.stopPropagation();
    run();
    document.getElementById(optionId(active()))?.scrollIntoView({ block: 'nearest' });
  }

  onMount(() => {
    input?.focus();
    void load(query());
  });

  return (
    <div class={props.floating ? 'unit-picker unit-picker-floating' : 'unit-picker'}>
      <input
        ref={input}
        class="unit-picker-input"
        aria-label={props.label ?? 'Tìm đơn vị'}
        placeholder="Tìm theo tên hoặc mã, không cần dấu…"
        value={query()}
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={lines().length > 0 ? optionId(active()) : undefined}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          void load(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} class="unit-picker-list" role="listbox" aria-label="Các đơn vị tìm thấy">
        <For each={lines()}>
          {(line, i) => (
            <li
              id={optionId(i())}
              role="option"
              aria-selected={i() === active()}
              class="unit-picker-option"
              style={{ 'padding-left': `${8 + line.depth * 16}px` }}
              onMouseDown={(e) => {
                e.preventDefault();
                setActive(i());
              }}
              onDblClick={() => props.onPick(line.unit, 'click')}
            >
              <span class="unit-picker-toggle" onClick={() => void toggle(line, !line.expanded)}>
                {line.unit.hasChildren && query().trim() === '' ? (line.expanded ? '▾' : '▸') : ''}
              </span>
              <span class="unit-picker-name">{line.unit.name}</span>
              <Show when={line.unit.validUntil}>
                <span class="unit-picker-retired"> (hết hiệu lực {formatVnDate(line.unit.validUntil ?? '')})</span>
              </Show>
              <Show when={query().trim() !== '' && line.unit.path}>
                <span class="unit-picker-path">{line.unit.path}</span>
              </Show>
            </li>
          )}
        </For>
        <Show when={lines().length === 0}>
          <li class="unit-picker-empty" role="option" aria-selected="false" aria-disabled="true">
            Không có đơn vị phù hợp.
          </li>
        </Show>
      </ul>
    </div>
  );
}
