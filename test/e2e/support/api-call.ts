import type { WebMode } from './web-mode';

/** The dispatcher's answer, loosely typed: tests assert on it. */
export type RawApiResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] } };

/**
 * Calls the API from the test process with the Bearer token (no browser), e.g. to seed records before
 * a page is opened or to check what a page saved.
 */
export async function apiCall<T = unknown>(web: WebMode, name: string, input: object = {}): Promise<RawApiResult<T>> {
  const res = await fetch(`${web.origin}/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as RawApiResult<T>;
}

/** Like apiCall, but returns the data and fails the test with the Vietnamese message otherwise. */
export async function apiOk<T = unknown>(web: WebMode, name: string, input: object = {}): Promise<T> {
  const r = await apiCall<T>(web, name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
  return r.data;
}
