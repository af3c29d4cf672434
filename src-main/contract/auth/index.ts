/** The auth contract's public surface: sign-in methods, the token helper the transports use. */
export { authContract, SignedIn, MIN_IDLE_MINUTES, MAX_IDLE_MINUTES } from './auth.contract';
export { withoutSessionToken, SIGN_IN_METHODS } from './session-token';
