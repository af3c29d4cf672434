import type { ApiInput, ApiResult, MethodName } from '../../contract';
import type { DispatchResult } from './dispatch';
import type { Caller } from './roles';

/** A call typed by method name: what the CLI, tests and benchmarks use, in-process or through the host. */
export type TypedCall = <N extends MethodName>(name: N, input: ApiInput<N>, caller: Caller) => Promise<ApiResult<N>>;

/**
 * `dispatch` typed by the contract. The dispatcher parsed the output with the method's own output schema,
 * which is the contract's spec object for that name (test/core/api/contract.test.ts checks it), so a
 * successful result's data is exactly `ApiOutput<N>`; TypeScript cannot follow a name looked up at run time.
 */
export function typedCall(dispatch: (name: string, raw: unknown, caller: Caller) => Promise<DispatchResult>): TypedCall {
  return <N extends MethodName>(name: N, input: ApiInput<N>, caller: Caller) => dispatch(name, input, caller) as Promise<ApiResult<N>>;
}
