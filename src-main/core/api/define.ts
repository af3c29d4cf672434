import type { z } from 'zod';
import type { Credential } from '../../contract/credential';
import type { Contract, MethodSpec } from '../../contract/method-spec';
import type { WriteOptions, WriteTx } from '../db/types';
import type { Caller, MethodRole } from './roles';
import type { CoreEnv } from './env';

/** What a handler gets besides its input. Everything time- or randomness-dependent comes from here. */
export interface MethodContext {
  /** The call's transaction. Use it only before the handler's first `await`. */
  db: WriteTx;
  caller: Caller;
  /** What the transport passed (auth.logout ends this session; sign-in counts failures per its address). */
  credential: Credential;
  /** The call's time as an ISO string, fixed for the whole call. */
  now: string;
  /** A new UUID for a record id. */
  newId(): string;
  env: CoreEnv;
}

/** One API method, declared once: name, role, schemas and handler. */
export interface MethodDef<N extends string = string, I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  name: N;
  role: MethodRole;
  /** One line for `GET /api/schema` and the docs. */
  summary: string;
  input: I;
  output: O;
  handler(ctx: MethodContext, input: z.output<I>): z.input<O> | Promise<z.input<O>>;
  /** How the call's transaction runs, when not as every other call's (a bulk write: types.ts WriteOptions). */
  write?: WriteOptions;
}

export type AnyMethod = MethodDef<string, z.ZodType, z.ZodType>;

export function defineMethod<const N extends string, I extends z.ZodType, O extends z.ZodType>(
  def: MethodDef<N, I, O>,
): MethodDef<N, I, O> {
  return def;
}

/** A domain's methods keyed by name; build it with `methodMap(a, b, c)`. */
export type MethodMap<T extends readonly AnyMethod[]> = { [M in T[number] as M['name']]: M };

export function methodMap<const T extends readonly AnyMethod[]>(...defs: T): MethodMap<T> {
  const map: Record<string, AnyMethod> = {};
  for (const def of defs) {
    if (map[def.name]) throw new Error(`API method declared twice: ${def.name}`);
    map[def.name] = def;
  }
  return map as MethodMap<T>;
}

/** The handler of a method spec: typed by the spec's input and output. */
export type Handler<S extends MethodSpec> = (
  ctx: MethodContext,
  input: z.output<S['input']>,
) => z.input<S['output']> | Promise<z.input<S['output']>>;

/** One handler for every method of a contract, no more, no less (the compiler checks both). */
export type Handlers<C extends Contract> = { [N in keyof C]: Handler<C[N]> };

/** The methods of a contract with their handlers, keyed by name, as the dispatcher runs them. */
export type Implemented<C extends Contract> = { [N in keyof C & string]: MethodDef<N, C[N]['input'], C[N]['output']> };

/** Binds a contract's specs to the core's handlers. */
export function implement<const C extends Contract>(contract: C, handlers: Handlers<C>): Implemented<C> {
  const out: Record<string, AnyMethod> = {};
  for (const [name, spec] of Object.entries(contract)) {
    const handler = handlers[name];
    if (!handler) throw new Error(`API method without a handler: ${name}`);
    out[name] = { name, ...spec, handler } as AnyMethod;
  }
  return out as Implemented<C>;
}

/**
 * The handler of one method of a contract, for domains whose methods live in separate files; the domain's
 * `defineDomain({contract, methods})` then checks that every method of the contract has one.
 */
export function handle<const C extends Contract, const N extends keyof C & string>(
  contract: C,
  name: N,
  handler: Handler<C[N]>,
  write?: WriteOptions,
): MethodDef<N, C[N]['input'], C[N]['output']> {
  const spec = contract[name];
  if (!spec) throw new Error(`API method not in the contract: ${name}`);
  const def = { name, role: spec.role, summary: spec.summary, input: spec.input, output: spec.output, handler };
  return (write ? { ...def, write } : def) as MethodDef<N, C[N]['input'], C[N]['output']>;
}
