import type { ApiInput, ApiOutput, ApiResult, MethodName } from '../../../src-main/contract';
import type { WebMode } from './web-mode';

/**
 * Calls the API from the test process with the Bearer token (no browser), e.g. to seed records before
 * a page is opened or to check what a page saved.
 */
export async function apiCall<N extends MethodName>(web: WebMode, name: N, input: ApiInput<N>): Promise<ApiResult<N>> {
  const res = await fetch(`${web.origin}/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  // As in src-renderer/lib/api.ts: the body is the dispatcher's ApiResult for `name`, checked against the
  // method's output schema before it was sent; JSON cannot carry that type itself.
  return (await res.json()) as ApiResult<N>;
}

/** Like apiCall, but returns the data and fails the test with the Vietnamese message otherwise. */
export async function apiOk<N extends MethodName>(web: WebMode, name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const r = await apiCall(web, name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
  return r.data;
}
