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
