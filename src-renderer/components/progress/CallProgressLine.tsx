import { createSignal, onCleanup, Show } from 'solid-js';
import type { CallProgress } from '../../../src-main/contract/progress/call-progress';
import { formatVnNumber } from '../../../src-main/shared/vn-number';
import { subscribeProgress } from '../../lib/live';
import './progress.css';

/** One step a call reports: the core's label (or either of two), and what its count counts ("dòng", "bản ghi"). */
export interface ProgressStep {
  labels: readonly string[];
  unit: string;
}

const percent = (p: CallProgress) => (p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100));

function Elapsed(props: { since: number }) {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => clearInterval(timer));
  return <>{`${Math.max(0, Math.round((now() - props.since) / 1000))} giây`}</>;
}

/**
 * A running call's progress as the core reports it (pushed beside the change feed: the core is busy
 * with the call): "Bước 3/3: Ghi bản ghi 45% (4.500/10.000 bản ghi)". A step without a count (0 of 0),
 * or no report yet, shows the seconds it has taken. Mount it while the call runs: it follows `method`
 * from its mounting to its unmounting.
 */
export function CallProgressLine(props: { method: string; steps: readonly ProgressStep[]; waiting: string }) {
  const [report, setReport] = createSignal<CallProgress | null>(null);
  const [since, setSince] = createSignal(Date.now());
  const stop = subscribeProgress((p) => {
    if (p.method !== props.method) return;
    if (report()?.label !== p.label) setSince(Date.now());
    setReport(p);
  });
  onCleanup(stop);
  const step = () => {
    const p = report();
    const index = p ? props.steps.findIndex((s) => s.labels.includes(p.label)) : -1;
    return index < 0 ? null : { n: index + 1, unit: props.steps[index]!.unit };
  };
  const counted = () => {
    const p = report();
    return p && p.total > 0 ? p : null;
  };
  return (
    <div class="call-progress" role="status" data-testid="call-progress">
      <Show when={counted()} fallback={<progress class="call-progress-bar" aria-label={report()?.label ?? props.waiting} />}>
        {(p) => <progress class="call-progress-bar" aria-label={p().label} value={p().done} max={p().total} />}
      </Show>
      <span>
        <Show when={report()} fallback={props.waiting}>
          {(p) => (
            <>
              {/* In JSX, so it follows each report (a returned string would be read once). */}
              <Show when={step()}>{(s) => <>{`Bước ${s().n}/${props.steps.length}: `}</>}</Show>
              {p().label}
            </>
          )}
        </Show>{' '}
        <Show
          when={counted()}
          fallback={
            <>
              (<Elapsed since={since()} />)
            </>
          }
        >
          {(p) => (
            <>{`${percent(p())}% (${formatVnNumber(p().done)}/${formatVnNumber(p().total)}${step()?.unit ? ` ${step()!.unit}` : ''})`}</>
          )}
        </Show>
      </span>
    </div>
  );
}
