import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { authContract } from '../../contract/auth/auth.contract';
import { login, logout, me, setIdleMinutes, setup } from './auth.api';
import { idleMinutesMigration } from './auth.schema';

/** Signing in and out: sessions and lockouts in the core's memory, accounts in the users domain. */
export const authDomain = defineContractDomain({
  name: 'auth',
  contract: authContract,
  methods: methodMap(login, logout, me, setup, setIdleMinutes),
  migrations: [idleMinutesMigration],
});

export { createAuthState, type AuthState } from './auth-state';
export { resolveCaller, ANONYMOUS_CALLER } from './resolve-credential';
export { hashPassword, verifyPassword, DEFAULT_SCRYPT, type ScryptParams } from './password';
export { SIGN_IN_REFUSED } from './sign-in';
