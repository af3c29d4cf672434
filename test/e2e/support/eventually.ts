import { expect } from 'vitest';

/**
 * `expect.poll` with a timeout fit for a loaded CI machine (vitest's default is 1 s, shorter than a cold
 * page load on two busy cores). Use it for anything that waits on the browser or the server.
 */
export function eventually<T>(fn: () => T | Promise<T>, timeout = 15_000) {
  return expect.poll(fn, { timeout, interval: 100 });
}
