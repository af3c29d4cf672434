import type { ApiInput, ApiResult, MethodName } from '../../contract';
import type { DispatchResult } from './dispatch';
import type { Credential } from '../../contract/credential';

/** A call typed by method name: what the CLI, tests and benchmarks use, in-process or through the host. */
export type TypedCall = <N extends MethodName>(name: N, input: ApiInput<N>, credential: Credential) => Promise<ApiResult<N>>;

/**
 * `dispatch` typed by the contract. The dispatcher parsed the output with the method's own output schema,
 * which is the contract's spec object for that name (test/core/api/contract.test.ts checks it), so a
 * successful result's data is exactly `ApiOutput<N>`; TypeScript cannot follow a name looked up at run time.
 */
export function typedCall(dispatch: (name: string, raw: unknown, credential: Credential) => Promise<DispatchResult>): TypedCall {
  return <N extends MethodName>(name: N, input: ApiInput<N>, credential: Credential) =>
    dispatch(name, input, credential) as Promise<ApiResult<N>>;
}
