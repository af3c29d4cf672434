// Minimal stand-in from the weblan branch (issue 12): the auth branch's contract/auth replaces this file.
export { withoutSessionToken } from './session-token';
