import { z } from 'zod';
import type { AnyMethod } from './define';
import type { Role } from './roles';

export interface ApiDescription {
  methods: Record<string, { role: Role; summary: string; input: unknown }>;
}

/** The contract as data: every method's role and input JSON Schema (served at `GET /api/schema`). */
export function describeApi(methods: Readonly<Record<string, AnyMethod>>): ApiDescription {
  const out: ApiDescription = { methods: {} };
  for (const [name, m] of Object.entries(methods)) {
    out.methods[name] = { role: m.role, summary: m.summary, input: z.toJSONSchema(m.input, { io: 'input', unrepresentable: 'any' }) };
  }
  return out;
}

/** Fails at startup when two domains declare the same method name (a spread would silently keep one). */
export function assertUniqueMethodNames(maps: readonly Readonly<Record<string, AnyMethod>>[]): void {
  const seen = new Set<string>();
  for (const map of maps) {
    for (const name of Object.keys(map)) {
      if (seen.has(name)) throw new Error(`API method declared in two domains: ${name}`);
      seen.add(name);
    }
  }
}
