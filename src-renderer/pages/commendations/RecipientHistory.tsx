import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { isoToDisplayDate } from '../../lib/format';
import { recipientHistory, type HistoryResult } from './commendationsStore';

/** Who is under the grid's cursor, as the history lookup needs it. */
export interface HistoryTarget {
  recipientId: string;
  kind: 'collective' | 'individual';
  name: string;
  birthYear: number | null;
  unitName: string;
}

export interface RecipientHistoryProps {
  decisionId: string;
  target: HistoryTarget | null;
}

/**
 * A recipient's earlier commendations (quá trình khen thưởng), shown beside the grid while entering,
 * with the warnings (same form this year, Kỷ niệm chương given once) computed by the core.
 */
export default function RecipientHistory(props: RecipientHistoryProps) {
  const [result, setResult] = createSignal<HistoryResult | null>(null);
  let asked = 0;
  createEffect(
    on(
      () => props.target,
      async (t) => {
        const ticket = ++asked;
        if (!t || !t.name) return setResult(null);
        const r = await recipientHistory({ ...t, decisionId: props.decisionId });
        if (ticket === asked) setResult(r.ok ? r.data : null);
      },
    ),
  );
  return (
    <aside class="panel recipient-history" aria-label="Quá trình khen thưởng" aria-live="polite">
      <h2>Quá trình khen thưởng</h2>
      <Show when={props.target} fallback={<p>Chọn một dòng để xem các lần đã được khen.</p>}>
        {(t) => <p class="nowrap">{t().name}</p>}
      </Show>
      <For each={result()?.warnings ?? []}>
        {(w) => (
          <p class="notice notice-error" role="alert">
            {w.message}
          </p>
        )}
      </For>
      <Show when={result()}>
        {(r) => (
          <Show when={r().entries.length > 0} fallback={<p>Chưa có lần khen thưởng nào khác.</p>}>
            <ul class="history-list">
              <For each={r().entries}>
                {(e) => (
                  <li>
                    {e.awardFormName} năm {e.year} — QĐ số {e.decisionNumber} ngày {isoToDisplayDate(e.signedOn)} ({e.authorityName})
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </aside>
  );
}
