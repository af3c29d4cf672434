import { For } from 'solid-js';
import type { FirstStartStep } from './first-start';

/** Props of the first-start guide. */
export interface FirstStartGuideProps {
  steps: readonly FirstStartStep[];
}

/**
 * The empty overview of a new office: the steps in order, each marked done or not, each a
 * link to its page. The next step to do is the highlighted one.
 */
export default function FirstStartGuide(props: FirstStartGuideProps) {
  const next = () => props.steps.find((s) => !s.done)?.key;
  return (
    <div class="panel first-start" data-testid="first-start">
      <h2>Bắt đầu sử dụng</h2>
      <p class="muted">Cơ sở dữ liệu còn trống. Làm lần lượt các bước sau; số liệu tổng quan hiện ra khi đã có đơn vị và sổ sách.</p>
      <ol class="first-start-steps">
        <For each={props.steps}>
          {(step, i) => (
            <li classList={{ done: step.done, next: next() === step.key }} data-step={step.key} data-done={String(step.done)}>
              <span class="first-start-mark" aria-hidden="true">
                {step.done ? '✓' : i() + 1}
              </span>
              <div>
                <a href={step.href} class={next() === step.key ? 'btn btn-primary' : 'btn'}>
                  {step.title}
                </a>
                <span class="first-start-state">{step.done ? ' Đã xong' : ' Chưa làm'}</span>
                <p class="muted">{step.hint}</p>
              </div>
            </li>
          )}
        </For>
      </ol>
    </div>
  );
}
