/**
 * Typed calls of the accounts methods (auth.*, users.*, issue 12). Their specs live in the contract's
 * auth/ and users/ folders; until they join the merged `contract` of lib/api.ts, this module types them
 * from those specs and sends them through the same transport. users.* calls renew an expired session
 * through the lock screen like every other call; auth.* calls never do (a refused sign-in is an answer).
 */
import type { z } from 'zod';
import type { ApiError } from '../../src-main/contract';
import type { authContract } from '../../src-main/contract/auth/auth.contract';
import type { usersContract } from '../../src-main/contract/users/users.contract';
import { sendByName, setReauthenticate, type Reauthenticate } from './api';

type AccountsContract = typeof authContract & typeof usersContract;
export type AccountMethod = keyof AccountsContract & string;
export type AccountInput<N extends AccountMethod> = z.input<AccountsContract[N]['input']>;
export type AccountOutput<N extends AccountMethod> = z.output<AccountsContract[N]['output']>;
export type AccountResult<N extends AccountMethod> = { ok: true; data: AccountOutput<N> } | { ok: false; error: ApiError };
export type { UserView } from '../../src-main/contract/users/user-view';
/** What `auth.me` answers: who is signed in, whether the database still needs its first administrator. */
export type MeOut = AccountOutput<'auth.me'>;

let renew: Reauthenticate | null = null;

/** Installs the lock screen's renewal for every call (lib/api.ts) and for users.* here. */
export function onSessionExpired(fn: Reauthenticate | null): void {
  renew = fn;
  setReauthenticate(fn);
}

export async function callAccount<N extends AccountMethod>(name: N, input: AccountInput<N>): Promise<AccountResult<N>> {
  let result = await sendAs<N>(name, input);
  while (name.startsWith('users.') && !result.ok && result.error.code === 'UNAUTHORIZED' && renew && (await renew())) {
    result = await sendAs<N>(name, input);
  }
  return result;
}

function sendAs<N extends AccountMethod>(name: N, input: AccountInput<N>): Promise<AccountResult<N>> {
  // The one cast of this module: the core validated the answer against this method's output schema.
  return sendByName(name, input) as Promise<AccountResult<N>>;
}
