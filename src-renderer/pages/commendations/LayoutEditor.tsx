import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import ConfirmDialog from '../../components/form/ConfirmDialog';
import LayoutPreviewSvg from './LayoutPreviewSvg';
import { changedFromFile, draftOf, draftRow, PLACEMENT_KEYS, PLACEMENT_LABELS, readDraft, type Draft } from './layout-draft';
import { layoutFields, layoutPreview, saveLayoutFields, type LayoutFields, type LayoutPreview } from './layoutEditorStore';
import type { LayoutInfo } from './commendationsStore';
import './layout-editor.css';
import StatusNotice from '../../components/form/StatusNotice';

export interface LayoutEditorProps {
  layouts: LayoutInfo[];
}

/**
 * "Bố cục mẫu in": each field's place (X, Y from the paper's top-left corner, width) in mm and its font
 * size, with a live preview the core computes with the printing code. Saved per layout after a
 * confirmation; a field equal to the file's is not stored, so it keeps following the file.
 */
export default function LayoutEditor(props: LayoutEditorProps) {
  const [layoutId, setLayoutId] = createSignal(props.layouts[0]?.id ?? '');
  const [layout, setLayout] = createSignal<LayoutFields | null>(null);
  const [draft, setDraft] = createSignal<Draft>({});
  const [mode, setMode] = createSignal<'full' | 'overlay'>('full');
  const [preview, setPreview] = createSignal<LayoutPreview | null>(null);
  const [selected, setSelected] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = createSignal(false);
  const read = () => {
    const l = layout();
    return l ? readDraft(l, draft()) : { placements: {}, errors: {} };
  };
  const errors = () => Object.values(read().errors);

  async function load(id: string) {
    setMessage(null);
    const r = await layoutFields(id);
    if (!r.ok) return setMessage({ ok: false, text: r.message });
    setLayout(r.data);
    setDraft(draftOf(r.data));
  }
  createEffect(on(layoutId, (id) => id && void load(id)));

  // The preview follows the draft after a short pause in typing; an answer to an older draft is dropped.
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  createEffect(
    on([draft, mode, layout], () => {
      const l = layout();
      const { placements, errors: bad } = read();
      if (!l || Object.keys(bad).length) return;
      clearTimeout(timer);
      const ticket = ++asked;
      timer = setTimeout(async () => {
        const r = await layoutPreview({ layoutId: l.layoutId, fields: changedFromFile(l, placements), mode: mode() });
        if (ticket !== asked) return;
        if (r.ok) setPreview(r.data);
        else setMessage({ ok: false, text: r.message });
      }, 120);
    }),
  );

  const edit = (field: string, key: (typeof PLACEMENT_KEYS)[number], value: string) => {
    setSelected(field);
    setDraft({ ...draft(), [field]: { ...draft()[field]!, [key]: value } });
  };

  async function save() {
    setConfirming(false);
    const l = layout();
    if (!l || errors().length) return;
    const fields = changedFromFile(l, read().placements);
    const r = await saveLayoutFields({ layoutId: l.layoutId, fields, expectedVersion: l.version });
    if (!r.ok) return setMessage({ ok: false, text: r.message });
    setLayout(r.data);
    setDraft(draftOf(r.data));
    setMessage({ ok: true, text: `Đã lưu bố cục mẫu "${r.data.name}".` });
  }

  return (
    <section class="layout-editor" aria-label="Bố cục mẫu in">
      <h3>Bố cục mẫu in (vị trí từng trường, mm)</h3>
      <div class="toolbar">
        <label>
          Mẫu in{' '}
          <select aria-label="Mẫu in" value={layoutId()} onChange={(e) => setLayoutId(e.currentTarget.value)}>
            <For each={props.layouts}>{(l) => <option value={l.id}>{l.name}</option>}</For>
          </select>
        </label>
        <label>
          Xem trước{' '}
          <select
            aria-label="Xem trước theo cách in"
            value={mode()}
            onChange={(e) => setMode(e.currentTarget.value === 'overlay' ? 'overlay' : 'full')}
          >
            <option value="full">Cả mẫu (giấy trắng)</option>
            <option value="overlay">Chỉ phần in thêm (phôi, có độ lệch máy in)</option>
          </select>
        </label>
      </div>
      <StatusNotice notice={message()} />
      <Show when={layout()}>
        {(l) => (
          <div class="layout-editor-body">
            <div class="layout-fields">
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">Trường</th>
                    <For each={PLACEMENT_KEYS}>{(k) => <th scope="col">{PLACEMENT_LABELS[k]}</th>}</For>
                    <th scope="col" />
                  </tr>
                </thead>
                <tbody>
                  <For each={l().fields.filter((f) => mode() === 'full' || f.variable)}>
                    {(f) => (
                      <tr classList={{ selected: selected() === f.field, invalid: f.field in read().errors }}>
                        <th scope="row">{f.label}</th>
                        <For each={PLACEMENT_KEYS}>
                          {(k) => (
                            <td>
                              <input
                                size="5"
                                inputmode="decimal"
                                aria-label={`${PLACEMENT_LABELS[k]}, ${f.label}`}
                                aria-invalid={f.field in read().errors}
                                value={draft()[f.field]?.[k] ?? ''}
                                onFocus={() => setSelected(f.field)}
                                onInput={(e) => edit(f.field, k, e.currentTarget.value)}
                              />
                            </td>
                          )}
                        </For>
                        <td>
                          <button
                            type="button"
                            class="btn btn-small"
                            title="Về vị trí của tệp mẫu"
                            onClick={() => setDraft({ ...draft(), [f.field]: draftRow(f.original) })}
                          >
                            Mặc định
                          </button>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <Show when={errors().length}>
                <ul class="notice notice-error" role="alert">
                  <For each={errors()}>{(e) => <li>{e}</li>}</For>
                </ul>
              </Show>
              <div class="toolbar">
                <button type="button" class="btn btn-primary" disabled={errors().length > 0} onClick={() => setConfirming(true)}>
                  Lưu bố cục…
                </button>
                <button type="button" class="btn" onClick={() => setDraft(draftOf(l()))}>
                  Bỏ thay đổi
                </button>
              </div>
            </div>
            <div class="layout-preview-pane">
              <Show when={preview()}>{(p) => <LayoutPreviewSvg preview={p()} selected={selected()} onSelect={setSelected} />}</Show>
              <Show when={preview()?.problems.length}>
                <p class="notice notice-error" role="status">
                  {preview()
                    ?.problems.map((p) => p.message)
                    .join(' ')}
                </p>
              </Show>
            </div>
          </div>
        )}
      </Show>
      <ConfirmDialog
        open={confirming()}
        title="Lưu bố cục mẫu in?"
        confirmLabel="Lưu"
        onConfirm={() => void save()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Mọi lần in sau với mẫu "{layout()?.name}" (của mọi quyết định dùng mẫu này) sẽ in theo vị trí mới. Độ lệch máy in vẫn được cộng
          thêm khi in trên phôi.
        </p>
      </ConfirmDialog>
    </section>
  );
}
