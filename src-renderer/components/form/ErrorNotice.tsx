import { Show } from 'solid-js';

/**
 * A refusal in Vietnamese, announced at once by screen readers (role=alert); nothing while the message
 * is null or empty. `id` lets a field point at it with aria-describedby.
 */
export default function ErrorNotice(props: { message: string | null | undefined; id?: string }) {
  return (
    <Show when={props.message}>
      {(m) => (
        <p id={props.id} class="notice notice-error" role="alert">
          {m()}
        </p>
      )}
    </Show>
  );
}
