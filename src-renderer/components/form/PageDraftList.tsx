import { For, Show } from 'solid-js';
import type { PageDraft, PageDrafts } from '../../lib/dialog-draft';
import { formatDateTime } from '../../lib/format';
import './page-drafts.css';

/** Props of a page's list of kept dialog drafts. */
export interface PageDraftListProps {
  drafts: PageDrafts;
  /** What the draft was for, e.g. "Sáp nhập: Phường Đồng Tâm". */
  describe: (d: PageDraft) => string;
  /** Opens the dialog again on the kept values. */
  onReopen: (d: PageDraft) => void;
}

/**
 * The dialogs of this page closed with typed values unsaved, counted and listed where the clerk sees
 * them: each can be reopened as it was left, or dropped on purpose.
 */
export default function PageDraftList(props: PageDraftListProps) {
  return (
    <Show when={props.drafts.list().length > 0}>
      <div class="notice page-drafts" role="status" data-testid="page-drafts">
        <strong>{props.drafts.list().length} biểu mẫu chưa lưu</strong>
        <ul>
          <For each={props.drafts.list()}>
            {(d) => (
              <li>
                {props.describe(d)} <span class="muted">(lúc {formatDateTime(d.updatedAt)})</span>{' '}
                <button type="button" class="btn" onClick={() => props.onReopen(d)}>
                  Mở lại
                </button>{' '}
                <button type="button" class="btn" onClick={() => void props.drafts.discard(d.key)}>
                  Bỏ bản nháp
                </button>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
