import { Show } from 'solid-js';
import { answerExisting, existingCount, existingQuestion, isAnswering } from './grid-existing';
import type { GridModel } from './grid-model';

/** Props of the bar that asks what to do with new rows whose unit and month have a row already. */
export interface GridExistingBarProps {
  model: GridModel;
  version: () => number;
}

/**
 * One question for all the rows of a paste (or a row entered) whose unit and month already have a
 * row: replace, add to it, or skip. Asked once the paste has finished; nothing is written until then.
 * While an answer is applied the bar stays, saying so: it goes only once every row is done.
 */
export default function GridExistingBar(props: GridExistingBarProps) {
  const count = () => (props.version(), props.model.progress === null ? existingCount(props.model) : 0);
  const busy = () => (props.version(), isAnswering(props.model));
  return (
    <Show when={count() > 0 || busy()}>
      <div class="grid-conflict" role="alert" data-testid="grid-existing" aria-busy={busy()}>
        <Show when={!busy()} fallback={<strong>Đang áp dụng câu trả lời cho các dòng trùng…</strong>}>
          <strong>{existingQuestion(count())}</strong>{' '}
          <button type="button" class="btn btn-primary" onClick={() => void answerExisting(props.model, 'replace')}>
            Thay thế
          </button>
          <button type="button" class="btn" onClick={() => void answerExisting(props.model, 'add')}>
            Cộng thêm
          </button>
          <button type="button" class="btn" onClick={() => void answerExisting(props.model, 'skip')}>
            Bỏ qua
          </button>
        </Show>
      </div>
    </Show>
  );
}
