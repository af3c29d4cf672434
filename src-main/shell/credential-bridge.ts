import type { Credential } from '../contract/credential';
import type { DispatchResult } from '../core/api/dispatch';
import type { CoreHost } from '../core/host/core-host';
import type { CredentialCore } from './ipc';

/**
 * TEMPORARY, until the core resolves credentials itself (issue 12, the auth engineer's dispatcher): the
 * shell already passes a Credential per window; this maps it onto today's Caller-based host, where the
 * person at the workstation is the administrator. When `CoreHost.dispatch` takes a Credential, main.ts
 * passes the host directly and this file goes.
 */
export function credentialBridge(core: CoreHost): CredentialCore {
  return {
    dispatch: (name: string, raw: unknown, _credential: Credential): Promise<DispatchResult> =>
      core.dispatch(name, raw, { role: 'admin', name: 'local' }),
  };
}
