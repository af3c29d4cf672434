import type { z } from 'zod';
import type { MethodRole } from './roles';

/**
 * One API method as data: who may call it, what it does, and the shapes in and out. The contract layer
 * holds only these specs (pure zod, no Node, no DOM), so the renderer, the preload and `GET /api/schema`
 * read the same declaration the core validates every call against; the core adds the handler.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** The weakest role that may call it, or 'anyone' (auth methods callable before signing in). */
  role: MethodRole;
  /** One Vietnamese line for `GET /api/schema` and the docs. */
  summary: string;
  input: I;
  output: O;
}

/** A set of method specs keyed by method name ('<domain>.<verb>'). */
export type Contract = Readonly<Record<string, MethodSpec>>;

/** Declares a domain's contract; the identity, typed so each name keeps its own input and output. */
export function defineContract<const C extends Record<string, MethodSpec>>(specs: C): C {
  return specs;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The contracts merged into one, typed as all of them. */
export type Merged<T extends readonly object[]> = UnionToIntersection<T[number]>;

/**
 * Merges contracts (or method maps) into one object and refuses a name declared twice: a plain spread
 * would silently keep the last one. Used for every merge, so no list of domains can skip the check.
 */
export function mergeUnique<const T extends readonly object[]>(parts: T, what = 'API method'): Merged<T> {
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part)) {
      if (Object.hasOwn(out, name)) throw new Error(`${what} declared twice: ${name}`);
      out[name] = value;
    }
  }
  return out as Merged<T>;
}
