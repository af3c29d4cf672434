import { onMount } from 'solid-js';
import { signOut, user } from '../../lib/session';
import { SignInForm } from './SignInForm';

/**
 * The lock screen (màn hình khoá), a modal over the current page: the page stays as it was (what the clerk
 * typed included) and inert behind it; signing in again as the same person unlocks it and the calls
 * that were refused meanwhile are sent again. Someone else signs out first.
 */
export function LockScreen() {
  let dialog: HTMLDialogElement | undefined;
  onMount(() => dialog?.showModal());
  return (
    <dialog
      ref={dialog}
      class="dialog lock-screen"
      aria-labelledby="lock-title"
      // Esc must not close the lock.
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="lock-title">Phiên làm việc đã khoá</h2>
      <p>
        Ứng dụng đã khoá sau một thời gian không dùng hoặc phiên đăng nhập đã hết hạn. Hãy nhập lại mật khẩu để tiếp tục; những gì đang nhập
        vẫn được giữ.
      </p>
      <SignInForm username={user()?.username ?? ''} fixedUsername submitLabel="Mở khoá" />
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={() => void signOut()}>
          Đăng xuất (người khác đăng nhập)
        </button>
      </div>
    </dialog>
  );
}
