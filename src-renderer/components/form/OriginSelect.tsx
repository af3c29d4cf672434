import { For, onMount, Show } from 'solid-js';
import { loadOriginOffices, originOffices } from '../../stores/originColumn';

interface OriginSelectProps {
  id: string;
  value: string;
  onChange: (origin: string) => void;
  /** Label and list side by side, as in a toolbar; a form's stacked field otherwise. */
  inline?: boolean;
}

/**
 * "Nguồn số liệu" of a report or the overview (issue 13 item 4): every office's records, this office's own,
 * or one reporting office's, to check a district's figures against what it sent. Shown once offices are
 * registered: an office that receives no packages has only its own records.
 */
export default function OriginSelect(props: OriginSelectProps) {
  onMount(() => void loadOriginOffices());
  const parts = () => (
    <>
      <label for={props.id}>Nguồn số liệu</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">Tất cả đơn vị</option>
        <option value="own">Của đơn vị mình</option>
        <For each={originOffices()}>{(o) => <option value={o.value}>{o.label}</option>}</For>
      </select>
    </>
  );
  return (
    <Show when={originOffices().length > 0}>
      <Show when={props.inline} fallback={<div class="field">{parts()}</div>}>
        {parts()}
      </Show>
    </Show>
  );
}
