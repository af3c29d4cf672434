import { For, Show } from 'solid-js';
import { isoToDisplayDate, formatNumber } from '../../lib/format';
import type { Decision } from './commendationsStore';

export interface DecisionListProps {
  decisions: readonly Decision[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Decisions, newest first: one row each, selected with a click or Enter. */
export default function DecisionList(props: DecisionListProps) {
  return (
    <table class="table decision-list" aria-label="Danh sách quyết định khen thưởng">
      <thead>
        <tr>
          <th scope="col">Số, ký hiệu</th>
          <th scope="col">Ngày ký</th>
          <th scope="col">Hình thức</th>
          <th scope="col">Cấp khen</th>
          <th scope="col">Số người</th>
        </tr>
      </thead>
      <tbody>
        <Show
          when={props.decisions.length > 0}
          fallback={
            <tr>
              <td colSpan={5}>Chưa có quyết định nào.</td>
            </tr>
          }
        >
          <For each={props.decisions}>
            {(d) => (
              <tr
                tabIndex={0}
                aria-selected={props.selectedId === d.id}
                class={props.selectedId === d.id ? 'selected' : ''}
                onClick={() => props.onSelect(d.id)}
                onKeyDown={(e) => e.key === 'Enter' && props.onSelect(d.id)}
              >
                <td class="nowrap">{d.symbol ? `${d.number}/${d.symbol}` : d.number}</td>
                <td>{isoToDisplayDate(d.signedOn)}</td>
                <td>{d.awardFormName}</td>
                <td>{d.authorityName}</td>
                <td class="num">{formatNumber(d.recipientCount)}</td>
              </tr>
            )}
          </For>
        </Show>
      </tbody>
    </table>
  );
}
