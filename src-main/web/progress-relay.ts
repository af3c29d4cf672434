import { sameCaller, type Credential } from '../contract/credential';
import type { CallProgress } from '../contract/progress/call-progress';
import type { WebCore } from './web-core';

/**
 * Passes the progress of the calls `credential` makes to `deliver` (a tab's own change stream): a
 * long export or import is shown to whoever started it, not to every tab of the office. Returns the stop.
 */
export function relayOwnProgress(core: WebCore, credential: Credential, deliver: (p: CallProgress) => void): () => void {
  if (!core.onProgress || credential.kind === 'anonymous') return () => undefined;
  return core.onProgress((caller, progress) => {
    if (sameCaller(caller, credential)) deliver(progress);
  });
}
