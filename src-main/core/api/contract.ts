/**
 * The API contract as types, derived from the method registry. The renderer and the preload may
 * `import type` from this file and nothing else in src-main.
 */
import type { z } from 'zod';
import type { Methods } from '../app/domains';
import type { ApiError } from './errors';

export type { ApiError, ErrorCode, FieldIssue } from './errors';
export type { Role } from './roles';

export type MethodName = keyof Methods & string;
export type ApiInput<N extends MethodName> = z.input<Methods[N]['input']>;
export type ApiOutput<N extends MethodName> = z.output<Methods[N]['output']>;
export type ApiResult<N extends MethodName> = { ok: true; data: ApiOutput<N> } | { ok: false; error: ApiError };

/** What both transports expose to the renderer: one call, typed by method name. */
export interface ApiClient {
  call<N extends MethodName>(name: N, input: ApiInput<N>): Promise<ApiResult<N>>;
}
