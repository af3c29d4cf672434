// Stand-in from the weblan branch (issue 12): the auth branch's contract/auth/index.ts replaces this file.
export { withoutSessionToken, SIGN_IN_METHODS } from './session-token';
