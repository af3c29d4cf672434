import { createEffect, onCleanup, Show, type JSX } from 'solid-js';

/** Props of a yes/no question asked before something that cannot be undone. */
export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: JSX.Element;
  confirmLabel?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal confirmation (hộp xác nhận) on the native <dialog>: Esc cancels, Enter on the focused
 * confirm button confirms, focus returns to the page afterwards.
 */
export default function ConfirmDialog(props: ConfirmDialogProps) {
  let dialog: HTMLDialogElement | undefined;
  let confirm: HTMLButtonElement | undefined;
  createEffect(() => {
    if (!dialog) return;
    if (props.open && !dialog.open) {
      dialog.showModal();
      confirm?.focus();
    } else if (!props.open && dialog.open) dialog.close();
  });
  // A dialog mounted per request is removed while open: closing it first gives focus back to the page.
  onCleanup(() => dialog?.open && dialog.close());
  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-label={props.title}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <Show when={props.open}>
        <h2>{props.title}</h2>
        {props.children}
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={() => props.onCancel()}>
            Huỷ
          </button>
          <button ref={confirm} type="button" class={props.danger ? 'btn btn-danger' : 'btn btn-primary'} onClick={() => props.onConfirm()}>
            {props.confirmLabel ?? 'Đồng ý'}
          </button>
        </div>
      </Show>
    </dialog>
  );
}
