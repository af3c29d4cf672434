import { Show } from 'solid-js';

/** What an action answered: a success or a refusal, in Vietnamese. */
export interface Notice {
  ok: boolean;
  text: string;
}

/** The answer of a panel's last action, green or red, read out by screen readers; nothing when null. */
export default function StatusNotice(props: { notice: Notice | null }) {
  return (
    <Show when={props.notice}>
      {(n) => (
        <p class={n().ok ? 'notice notice-ok' : 'notice notice-error'} role="status">
          {n().text}
        </p>
      )}
    </Show>
  );
}
