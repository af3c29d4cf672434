import { For, Show } from 'solid-js';
import { isoToDisplayDate, formatNumber } from '../../lib/format';
import { originLock } from '../../stores/originColumn';
import type { Decision } from './commendationsStore';

export interface DecisionListProps {
  decisions: readonly Decision[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * Decisions, newest first: one row each, selected with a click or Enter. "Nguồn" names the office that
 * decided it: at the Ministry, a province's decisions arrive in its yearly package, read-only here.
 */
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
          <th scope="col">Nguồn</th>
        </tr>
      </thead>
      <tbody>
        <Show
          when={props.decisions.length > 0}
          fallback={
            <tr>
              <td colSpan={6}>Chưa có quyết định nào.</td>
            </tr>
          }
        >
          <For each={props.decisions}>
            {(d) => (
              <tr
                tabIndex={0}
                aria-selected={props.selectedId === d.id}
                class={`${props.selectedId === d.id ? 'selected' : ''}${d.fromOtherOffice ? ' locked' : ''}`}
                title={originLock(d) ?? undefined}
                onClick={() => props.onSelect(d.id)}
                onKeyDown={(e) => e.key === 'Enter' && props.onSelect(d.id)}
              >
                <td class="nowrap">{d.symbol ? `${d.number}/${d.symbol}` : d.number}</td>
                <td>{isoToDisplayDate(d.signedOn)}</td>
                <td>{d.awardFormName}</td>
                <td>{d.authorityName}</td>
                <td class="num">{formatNumber(d.recipientCount)}</td>
                <td>{d.originOfficeName ?? ''}</td>
              </tr>
            )}
          </For>
        </Show>
      </tbody>
    </table>
  );
}
