import { z } from 'zod';
import type { Contract } from './method-spec';
import type { MethodRole } from './roles';

export interface ApiDescription {
  methods: Record<string, { role: MethodRole; summary: string; input: unknown }>;
}

/**
 * The contract as data: every method's role and input JSON Schema (served at `GET /api/schema`). It reads
 * only the pure specs, so a transport can answer it without the core.
 */
export function describeApi(specs: Contract): ApiDescription {
  const out: ApiDescription = { methods: {} };
  for (const [name, m] of Object.entries(specs)) {
    out.methods[name] = { role: m.role, summary: m.summary, input: z.toJSONSchema(m.input, { io: 'input', unrepresentable: 'any' }) };
  }
  return out;
}
