import type { Caller } from '../core/api/roles';

/** Whoever runs the CLI on the office machine is its administrator (as the local app user is). */
export const CLI_CALLER: Caller = { role: 'admin', name: 'cli' };
