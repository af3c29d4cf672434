import type { z } from 'zod';
import type { WriteTx } from '../db/types';
import type { Caller, Role } from './roles';
import type { CoreEnv } from './env';

/** What a handler gets besides its input. Everything time- or randomness-dependent comes from here. */
export interface MethodContext {
  /** The call's transaction. Use it only before the handler's first `await`. */
  db: WriteTx;
  caller: Caller;
  /** The call's time as an ISO string, fixed for the whole call. */
  now: string;
  /** A new UUID for a record id. */
  newId(): string;
  env: CoreEnv;
}

/** One API method, declared once: name, role, schemas and handler. */
export interface MethodDef<N extends string = string, I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  name: N;
  role: Role;
  /** One line for `GET /api/schema` and the docs. */
  summary: string;
  input: I;
  output: O;
  handler(ctx: MethodContext, input: z.output<I>): z.input<O> | Promise<z.input<O>>;
}

export type AnyMethod = MethodDef<string, z.ZodType, z.ZodType>;

export function defineMethod<const N extends string, I extends z.ZodType, O extends z.ZodType>(def: MethodDef<N, I, O>): MethodDef<N, I, O> {
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
