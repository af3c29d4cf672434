import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDispatcher } from '../../../src-main/core/api/dispatch';
import { defineMethod, methodMap } from '../../../src-main/core/api/define';
import { describeApi } from '../../../src-main/contract/describe-api';
import { mergeUnique } from '../../../src-main/contract/method-spec';
import type { Core } from '../../../src-main/core/app/open-core';
import { methods } from '../../../src-main/core/app/domains';
import { admin, fixtureCredential, makeTestCore, viewer } from '../../fixtures/core';

const echoName = defineMethod({
  name: 'test.echo',
  role: 'clerk',
  summary: 'echo',
  input: z.object({ name: z.string().min(1, 'Nhập họ tên.') }),
  output: z.object({ name: z.string(), length: z.number() }),
  handler: (ctx, input) => {
    ctx.db.run('CREATE TABLE IF NOT EXISTS echo (name TEXT)');
    ctx.db.run('INSERT INTO echo VALUES (?)', [input.name]);
    return { name: input.name, length: input.name.length };
  },
});
const failAfterWrite = defineMethod({
  name: 'test.failAfterWrite',
  role: 'clerk',
  summary: 'writes then throws',
  input: z.object({}),
  output: z.object({}),
  handler: (ctx) => {
    ctx.db.run('INSERT INTO echo VALUES (?)', ['half']);
    throw new Error('boom');
  },
});
/** An async handler whose transaction commits at its first await; a step after that fails. */
const failAfterCommit = defineMethod({
  name: 'test.failAfterCommit',
  role: 'clerk',
  summary: 'writes, awaits, then throws',
  input: z.object({}),
  output: z.object({}),
  handler: async (ctx) => {
    ctx.db.run('INSERT INTO echo VALUES (?)', ['committed']);
    await Promise.resolve();
    throw new Error('a later step failed');
  },
});

describe('dispatch', () => {
  let core: Core;
  let dispatch: ReturnType<typeof createDispatcher>;
  const logged: string[] = [];
  beforeEach(async () => {
    core = await makeTestCore();
    const inner = createDispatcher(methodMap(echoName, failAfterWrite, failAfterCommit), core.env, (m) => logged.push(m));
    dispatch = (name, raw, who) => inner(name, raw, fixtureCredential(core, who));
  });
  afterEach(() => core.close());

  it('normalises decomposed Vietnamese to NFC before the handler sees it', async () => {
    const nfd = 'Nguyễn Thị Ánh Tuyết'.normalize('NFD');
    const r = await dispatch('test.echo', { name: nfd }, admin);
    expect(r).toEqual({ ok: true, data: { name: 'Nguyễn Thị Ánh Tuyết', length: 'Nguyễn Thị Ánh Tuyết'.length } });
  });

  it('refuses a caller whose role is too weak, in Vietnamese', async () => {
    const r = await dispatch('test.echo', { name: 'A' }, viewer);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
  });

  it('returns per-field Vietnamese issues for bad input', async () => {
    const r = await dispatch('test.echo', { name: '' }, admin);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['name'], message: 'Nhập họ tên.' }] } });
    const wrongType = await dispatch('test.echo', { name: 5 }, admin);
    expect(wrongType.ok).toBe(false);
    if (!wrongType.ok) expect(wrongType.error.issues?.[0]?.path).toEqual(['name']);
  });

  it('answers NOT_FOUND for an unknown method, including inherited property names', async () => {
    for (const name of ['nope.nothing', 'toString', '__proto__']) {
      const r = await dispatch(name, {}, admin);
      expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
    }
  });

  it('rolls back everything a failing handler wrote and hides the technical detail', async () => {
    await dispatch('test.echo', { name: 'kept' }, admin);
    const r = await dispatch('test.failAfterWrite', {}, admin);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INTERNAL');
      expect(r.error.message).not.toContain('boom');
    }
    expect(logged).toContain('test.failAfterWrite');
    expect(core.env.store.all('SELECT name FROM echo')).toEqual([{ name: 'kept' }]);
  });

  it('feeds the changes of a call that committed a write, even one that failed later, and not of one rolled back', async () => {
    const feedAt = () => core.env.changes?.since(null).cursor;
    await dispatch('test.echo', { name: 'kept' }, admin);
    const before = feedAt();
    expect((await dispatch('test.failAfterWrite', {}, admin)).ok).toBe(false);
    expect(feedAt()).toBe(before);
    expect((await dispatch('test.failAfterCommit', {}, admin)).ok).toBe(false);
    expect(core.env.store.all('SELECT name FROM echo')).toEqual([{ name: 'kept' }, { name: 'committed' }]);
    expect(feedAt()).not.toBe(before);
  });
});

describe('the method registry', () => {
  it('describes every method with its role and a JSON Schema of its input', () => {
    const d = describeApi(methods);
    expect(d.methods['system.status']).toMatchObject({ role: 'viewer', input: { type: 'object' } });
  });

  it('refuses two domains declaring the same method name', () => {
    expect(() => mergeUnique([methodMap(echoName), methodMap(echoName)])).toThrow(/test\.echo/);
  });
});
