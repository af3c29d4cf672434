import type { Credential } from '../contract/credential';
import type { CredentialDispatch } from './web-core';

/**
 * Whether the credential is a live sign-in: the owner always is; a session only while the core says so
 * (`auth.me` names a user). The core refuses a session that expired, timed out or whose user was disabled.
 */
export async function signedIn(dispatch: CredentialDispatch, credential: Credential): Promise<boolean> {
  if (credential.kind === 'owner') return true;
  if (credential.kind === 'anonymous') return false;
  const r = await dispatch('auth.me', {}, credential);
  return r.ok && typeof r.data === 'object' && r.data !== null && 'user' in r.data && r.data.user !== null;
}
