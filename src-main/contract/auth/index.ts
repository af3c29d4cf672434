export { authContract, MeOut, SignedIn } from './auth.contract';
export { withoutSessionToken } from './session-token';
