import { createResource, createSignal, For, Show } from 'solid-js';
import { layouts } from './commendationsStore';
import { decisionLayout, setDecisionLayout, type DecisionLayout } from './layoutEditorStore';

export interface DecisionLayoutPickerProps {
  decisionId: string;
  /** Called after the layout changed, so a check made for the old one is dropped. */
  onChanged: () => void;
}

const AUTO = '';

/**
 * Which layout the decision prints with, shown before printing: the one its form and authority pick,
 * or the one the clerk chose here ("Theo hình thức khen thưởng" goes back to the first).
 */
export default function DecisionLayoutPicker(props: DecisionLayoutPickerProps) {
  const [current, setCurrent] = createSignal<DecisionLayout | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [all] = createResource(async () => {
    const [list, mine] = await Promise.all([layouts(), decisionLayout(props.decisionId)]);
    if (mine.ok) setCurrent(mine.data);
    else setError(mine.message);
    return list.ok ? list.data : [];
  });

  async function choose(value: string) {
    const r = await setDecisionLayout(props.decisionId, value === AUTO ? null : value);
    if (!r.ok) return setError(r.message);
    setError(null);
    setCurrent(r.data);
    props.onChanged();
  }

  return (
    <div class="toolbar decision-layout">
      <label>
        Mẫu in{' '}
        <select
          aria-label="Mẫu in của quyết định"
          value={current()?.chosen ? current()?.layoutId : AUTO}
          onChange={(e) => void choose(e.currentTarget.value)}
        >
          <option value={AUTO}>Theo hình thức, cấp khen{current() && !current()?.chosen ? ` (${current()?.layoutName})` : ''}</option>
          <For each={all() ?? []}>{(l) => <option value={l.id}>{l.name}</option>}</For>
        </select>
      </label>
      <Show when={current()}>
        {(c) => (
          <span class="hint" role="status">
            Quyết định này in bằng mẫu "{c().layoutName}"{c().chosen ? ' (đã chọn riêng)' : ''}.
          </span>
        )}
      </Show>
      <Show when={error()}>
        {(e) => (
          <span class="notice notice-error" role="alert">
            {e()}
          </span>
        )}
      </Show>
    </div>
  );
}
