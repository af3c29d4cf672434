import { createSignal, For, Show, onMount } from 'solid-js';
import { Portal } from 'solid-js/web';
import UnitPicker from '../unit-picker/UnitPicker';
import { DATE_INPUT_HINT } from '../../../src-main/shared/vn-date';
import { floatBeside, type FloatPlace } from '../unit-picker/float-position';
import type { UnitTreeSource } from '../unit-picker/unit-tree';
import { commitEdit } from './grid-writer';
import type { GridModel } from './grid-model';
import type { GridColumn } from './types';

/** Props of the editor that opens inside a cell. */
export interface CellEditorProps {
  model: GridModel;
  column: GridColumn;
  unitSource?: UnitTreeSource;
  onKeyDown: (e: KeyboardEvent) => void;
  /** Gives focus back to the grid once the editor closes. */
  onClosed: () => void;
}

const placeholders: Partial<Record<GridColumn['type'], string>> = { date: 'dd/mm/yyyy', month: 'mm/yyyy', number: '0' };
// What a date or month cell also accepts, stated in the editor's tooltip (the two-digit-year pivot included).
const hints: Partial<Record<GridColumn['type'], string>> = { date: DATE_INPUT_HINT, month: 'Ví dụ 04/2017, tháng 4/2017 hoặc T4/2017.' };

/**
 * The cell editor by type: text, number and date are typed (parsed when committed); a catalogue
 * offers its entries as suggestions; a unit opens the searchable unit tree.
 */
export default function CellEditor(props: CellEditorProps) {
  let input: HTMLInputElement | undefined;
  const listId = () => `grid-options-${props.column.key}`;
  onMount(() => {
    input?.focus();
    const end = input?.value.length ?? 0;
    input?.setSelectionRange(end, end);
  });
  const close = (then: 'down' | 'next' | 'prev' | 'stay', picked?: { value: string; text: string }) => {
    void commitEdit(props.model, then, picked);
    props.onClosed();
  };
  return (
    <Show
      when={props.column.type === 'unit' && props.unitSource}
      fallback={
        <>
          <input
            ref={input}
            class="grid-editor"
            aria-label={props.column.label}
            placeholder={placeholders[props.column.type]}
            title={hints[props.column.type]}
            value={props.model.editing?.text ?? ''}
            list={props.column.type === 'catalogue' ? listId() : undefined}
            inputMode={props.column.type === 'number' ? 'decimal' : undefined}
            onInput={(e) => props.model.setEditText(e.currentTarget.value)}
            onKeyDown={(e) => props.onKeyDown(e)}
            onBlur={() => props.model.editing && close('stay')}
          />
          <Show when={props.column.type === 'catalogue'}>
            <datalist id={listId()}>
              <For each={props.column.options?.() ?? []}>{(o) => <option value={o.label} />}</For>
            </datalist>
          </Show>
        </>
      }
    >
      {(source) => {
        // The picker is drawn on <body> (a portal) at the cell's place, so the grid's scroll box cannot clip it.
        let anchor: HTMLSpanElement | undefined;
        const [place, setPlace] = createSignal<FloatPlace | null>(null);
        onMount(
          () => anchor && setPlace(floatBeside(anchor.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight })),
        );
        const px = (n: number | undefined) => (n === undefined ? undefined : `${n}px`);
        return (
          <>
            <span ref={anchor} class="grid-editor-anchor">
              {props.model.editing?.text ?? ''}
            </span>
            <Portal>
              {/* Focus leaving the picker (a click elsewhere) closes it without a change, like Esc. */}
              <div
                class="unit-picker-layer"
                style={{
                  left: px(place()?.left),
                  top: px(place()?.top),
                  bottom: px(place()?.bottom),
                  visibility: place() ? 'visible' : 'hidden',
                }}
                onFocusOut={(e) => {
                  if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
                  if (props.model.editing) props.model.cancelEdit();
                }}
              >
                <UnitPicker
                  floating
                  source={source()}
                  label={props.column.label}
                  initialQuery={props.model.editing?.text ?? ''}
                  // Enter chooses like Tab: on to the next cell of the same row, never a new row.
                  onPick={(u, key) => close(key === 'ShiftTab' ? 'prev' : key === 'click' ? 'stay' : 'next', { value: u.id, text: u.name })}
                  onCancel={() => {
                    props.model.cancelEdit();
                    props.onClosed();
                  }}
                />
              </div>
            </Portal>
          </>
        );
      }}
    </Show>
  );
}
