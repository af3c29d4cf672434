import type { Credential } from '../contract/credential';
import type { CallProgress } from '../contract/progress/call-progress';
import type { DispatchResult } from '../core/api/dispatch';

/** The core's entry as web mode calls it: the core resolves the credential to a caller (issue 12). */
export type CredentialDispatch = (name: string, raw: unknown, credential: Credential) => Promise<DispatchResult>;

/**
 * The core as the web transport sees it; a host's `onChanged` lets the change stream push instead of
 * polling, and its `onProgress` adds the caller's own long calls' progress to that stream.
 */
export interface WebCore {
  dispatch: CredentialDispatch;
  onChanged?: (fn: () => void) => () => void;
  onProgress?: (fn: (credential: Credential, progress: CallProgress) => void) => () => void;
}
