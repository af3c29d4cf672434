import { describe, expect, it } from 'vitest';
import { contract } from '../../../src-main/contract';
import { describeApi } from '../../../src-main/contract/describe-api';

type Json = { [key: string]: unknown };

/**
 * Every string and array a caller can send has a maximum (issue 9 item 9): the walk reads each method's
 * input JSON Schema, as GET /api/schema serves it, and lists every place without one. A string with a
 * fixed set of values (enum, const) is bounded by them.
 */
function unbounded(schema: unknown, path: string, out: string[]): void {
  if (schema === null || typeof schema !== 'object') return;
  const s = schema as Json;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('string') && s.maxLength === undefined && s.enum === undefined && s.const === undefined) out.push(`${path} (string)`);
  if (types.includes('array') && s.maxItems === undefined) out.push(`${path} (array)`);
  if (s.type === undefined && s.anyOf === undefined && s.oneOf === undefined && s.allOf === undefined && s.enum === undefined) {
    if (s.const === undefined && s.not === undefined) out.push(`${path} (any value)`);
  }
  for (const [key, child] of Object.entries(s)) {
    if (key === 'properties' && child && typeof child === 'object') {
      for (const [name, prop] of Object.entries(child)) unbounded(prop, `${path}.${name}`, out);
    } else if (key === 'items' || key === 'additionalProperties' || key === 'propertyNames') {
      unbounded(child, `${path}[${key}]`, out);
    } else if ((key === 'anyOf' || key === 'oneOf' || key === 'allOf') && Array.isArray(child)) {
      child.forEach((c, i) => unbounded(c, `${path}|${i}`, out));
    }
  }
}

describe('input bounds', () => {
  const described = describeApi(contract).methods;

  it('gives every string and array of every method input a maximum', () => {
    const missing: string[] = [];
    for (const [name, m] of Object.entries(described)) unbounded(m.input, name, missing);
    expect(missing).toEqual([]);
  });

  it('finds an unbounded string, array and free value (the walk itself can fail)', () => {
    const found: string[] = [];
    unbounded(
      { type: 'object', properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string', maxLength: 3 } }, c: {} } },
      'x',
      found,
    );
    expect(found).toEqual(['x.a (string)', 'x.b (array)', 'x.c (any value)']);
  });
});
