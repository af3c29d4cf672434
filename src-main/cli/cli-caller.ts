import { CLI_CREDENTIAL, type Credential } from '../contract/credential';

/** Whoever runs the CLI on the office machine is its administrator (an owner principal, no account). */
export const CLI_CALLER: Credential = CLI_CREDENTIAL;
