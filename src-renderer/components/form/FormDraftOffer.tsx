import { Show } from 'solid-js';
import type { FormDraft } from '../../lib/form-draft';
import { formatDateTime } from '../../lib/format';

/** Props of the offer of a kept form draft. */
export interface FormDraftOfferProps {
  draft: FormDraft;
  /** Puts the kept values into the form. */
  onRestore: (values: Record<string, string>) => void;
}

/** A half-filled form kept from before (a reload, a crash): the clerk restores it or drops it, on purpose. */
export default function FormDraftOffer(props: FormDraftOfferProps) {
  return (
    <Show when={props.draft.offered()}>
      {(kept) => (
        <div class="notice" role="status" data-testid="form-draft-offer">
          Có bản nháp chưa lưu của biểu mẫu này (lúc {formatDateTime(kept().updatedAt)}).{' '}
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => {
              const values = props.draft.restore();
              if (values) props.onRestore(values);
            }}
          >
            Khôi phục bản nháp
          </button>{' '}
          <button type="button" class="btn" onClick={() => void props.draft.discard()}>
            Bỏ bản nháp
          </button>
        </div>
      )}
    </Show>
  );
}
