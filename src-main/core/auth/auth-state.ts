import { Lockout } from './lockout';
import { DEFAULT_SCRYPT, dummyHash, type PasswordHash, type ScryptParams } from './password';
import { SessionStore } from './sessions';

/** What the core keeps in memory about signing in: open sessions, lockouts, the cost of a new hash. */
export interface AuthState {
  sessions: SessionStore;
  lockout: Lockout;
  /** scrypt parameters for new passwords (DEFAULT_SCRYPT; cheaper only where a test or benchmark says so). */
  scrypt: ScryptParams;
  /** Checked for an unknown username, so it costs what a real check costs. */
  dummy: PasswordHash;
}

export function createAuthState(scrypt: ScryptParams = DEFAULT_SCRYPT): AuthState {
  return { sessions: new SessionStore(), lockout: new Lockout(), scrypt, dummy: dummyHash(scrypt) };
}
