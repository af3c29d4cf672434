import { createSignal, onCleanup, Show } from 'solid-js';
import type { CallProgress } from '../../../../src-main/contract/progress/call-progress';
import { formatBytes } from '../../../lib/format';
import { subscribeProgress } from '../../../lib/live';

/**
 * A package task in progress: which step of how many, what it does, and how far: the bytes of a file
 * read here, or the records the core reports while it builds or applies a package (pushed beside the
 * change feed: the core is busy with the call). Until a first report, the time the step has taken.
 */
export interface Task {
  step: number;
  steps: number;
  label: string;
  measure?: { done: number; total: number; unit: 'bytes' | 'records' };
  startedAt: number;
}

const percent = (m: { done: number; total: number }) => (m.total === 0 ? 100 : Math.floor((m.done / m.total) * 100));
const amount = (m: NonNullable<Task['measure']>) =>
  m.unit === 'bytes'
    ? `${formatBytes(m.done)}/${formatBytes(m.total)}`
    : `${m.done.toLocaleString('vi-VN')}/${m.total.toLocaleString('vi-VN')} bản ghi`;

/**
 * Follows the core's reports of `method` while `task` runs: each report becomes the task's label and
 * measure. Returns the unsubscribe (call it when the call has answered).
 */
export function followCallProgress(method: string, update: (f: (t: Task | null) => Task | null) => void): () => void {
  return subscribeProgress((p: CallProgress) => {
    if (p.method !== method) return;
    // A step without a count (0 of 0, e.g. checking the signature) shows the time it takes.
    const measure = p.total > 0 ? { done: p.done, total: p.total, unit: 'records' as const } : undefined;
    update((t) => t && { ...t, label: p.label, measure, startedAt: t.label === p.label ? t.startedAt : Date.now() });
  });
}

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
            <Show when={t().measure} fallback={<progress class="exchange-progress" aria-label={t().label} />}>
              {(m) => <progress class="exchange-progress" aria-label={t().label} value={m().done} max={Math.max(1, m().total)} />}
            </Show>
            <span>
              {`Bước ${t().step}/${t().steps}: ${t().label}`}
              <Show
                when={t().measure}
                fallback={
                  <>
                    {' '}
                    (<Elapsed since={t().startedAt} />)
                  </>
                }
              >
                {/* In JSX, so it follows each report (a returned string would be read once). */}
                {(m) => <>{` ${percent(m())}% (${amount(m())})`}</>}
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
