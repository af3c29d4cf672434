import { describe, expect, it } from 'vitest';
import { contract } from '../../../src-main/contract';
import { describeApi } from '../../../src-main/contract/describe-api';
import type { MethodSpec } from '../../../src-main/contract/method-spec';
import { methods } from '../../../src-main/core/app/domains';

describe('the contract and the core registry', () => {
  it('has exactly the contract names, no more and no fewer', () => {
    expect(Object.keys(methods).sort()).toEqual(Object.keys(contract).sort());
  });

  it('validates every method with the contract spec objects themselves, not copies', () => {
    const registry = new Map<string, MethodSpec>(Object.entries(methods));
    for (const [name, spec] of Object.entries(contract)) {
      const method = registry.get(name);
      expect({ name, role: method?.role, summary: method?.summary }).toEqual({ name, role: spec.role, summary: spec.summary });
      expect(method?.input, name).toBe(spec.input);
      expect(method?.output, name).toBe(spec.output);
    }
  });

  it('describes every method from the contract alone', () => {
    const d = describeApi(contract);
    expect(Object.keys(d.methods).sort()).toEqual(Object.keys(contract).sort());
    expect(d.methods['units.list']).toMatchObject({ role: 'viewer', input: { type: 'object' } });
  });
});
