import type { Credential } from '../contract/credential';
import type { DispatchResult } from '../core/api/dispatch';
import type { Caller } from '../core/api/roles';
import type { WebCore } from './web-core';

/** A core whose dispatcher still takes a Caller (before the auth branch of issue 12 lands). */
interface CallerCore {
  dispatch(name: string, raw: unknown, caller: Caller): Promise<DispatchResult>;
  onChanged?: (fn: () => void) => () => void;
}

const NO_ACCOUNTS: DispatchResult = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'Cơ sở dữ liệu này chưa có tài khoản; hãy dùng mã truy cập trên chính máy chủ.' },
};

/**
 * TEMPORARY bridge (issue 12): until the core resolves credentials itself, the owner is the
 * administrator, as before, and every session or anonymous call is refused. Delete this file, and pass
 * the core straight to the server, once the core's dispatcher takes a Credential.
 */
export function preAccountsCore(core: CallerCore): WebCore {
  const dispatch = (name: string, raw: unknown, credential: Credential) =>
    credential.kind === 'owner' ? core.dispatch(name, raw, { role: 'admin', name: credential.name }) : Promise.resolve(NO_ACCOUNTS);
  return core.onChanged ? { dispatch, onChanged: (fn) => core.onChanged?.(fn) ?? (() => undefined) } : { dispatch };
}
