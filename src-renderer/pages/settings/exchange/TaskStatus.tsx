import { createSignal, onCleanup, Show } from 'solid-js';
import { formatBytes } from '../../../lib/format';

/**
 * A package task in progress: which step of how many, what it does, and how far when that can be
 * measured (the bytes of a file read or sent). A step the core runs in one call (checking, applying,
 * building a package) has no measure from here: it shows how long it has taken instead.
 */
export interface Task {
  step: number;
  steps: number;
  label: string;
  /** Bytes done and in all, when the step is measured. */
  bytes?: { done: number; total: number };
  startedAt: number;
}

const percent = (b: { done: number; total: number }) => (b.total === 0 ? 100 : Math.floor((b.done / b.total) * 100));

function Elapsed(props: { since: number }) {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => clearInterval(timer));
  return <>{`${Math.max(0, Math.round((now() - props.since) / 1000))} giây`}</>;
}

/** The running task (with a progress bar) and the last error of a panel. */
export function TaskStatus(props: { task: Task | null; error: string | null }) {
  return (
    <>
      <Show when={props.task}>
        {(t) => (
          <div class="exchange-task" role="status" data-testid="exchange-task">
            <Show when={t().bytes} fallback={<progress class="exchange-progress" aria-label={t().label} />}>
              {(b) => <progress class="exchange-progress" aria-label={t().label} value={b().done} max={Math.max(1, b().total)} />}
            </Show>
            <span>
              {`Bước ${t().step}/${t().steps}: ${t().label}`}
              <Show
                when={t().bytes}
                fallback={
                  <>
                    {' '}
                    (<Elapsed since={t().startedAt} />)
                  </>
                }
              >
                {(b) => ` ${percent(b())}% (${formatBytes(b().done)}/${formatBytes(b().total)})`}
              </Show>
            </span>
          </div>
        )}
      </Show>
      <Show when={props.error}>
        {(text) => (
          <p class="notice notice-error" role="alert">
            {text()}
          </p>
        )}
      </Show>
    </>
  );
}
