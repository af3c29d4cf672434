import { Show } from 'solid-js';
import { ROLE_LABELS } from '../../lib/permissions';
import { signOut, user } from '../../lib/session';

/** Who is signed in, and "Đăng xuất"; nothing for the owner (the loopback token holder has no account). */
export function UserBox() {
  return (
    <Show when={user()}>
      {(u) => (
        <div class="user-box" data-testid="user-box">
          <div class="user-name">{u().displayName}</div>
          <div class="user-role">
            {u().username} · {ROLE_LABELS[u().role]}
          </div>
          <button type="button" class="btn" onClick={() => void signOut()}>
            Đăng xuất
          </button>
        </div>
      )}
    </Show>
  );
}
