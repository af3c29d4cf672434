import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/app/open-core';
import { DEFAULT_SCRYPT } from '../../../src-main/core/auth';
import { admin, callOk, RESOURCES_DIR } from '../../fixtures/core';

/** Median wall time of `runs` calls, in ms. */
async function medianMs(runs: number, call: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

/**
 * No user enumeration by time (issue 12): an unknown username is checked against a dummy hash of the same
 * cost, so its refusal takes as long as a wrong password's. Without the dummy hash it would answer in
 * about 1 ms against ≈100–200 ms, so the bound below (half) cannot pass by luck nor fail on a slow box.
 */
describe('sign-in timing, with the real scrypt cost', () => {
  let core: Core;
  beforeAll(async () => {
    core = await openCore({ dbPath: null, resourcesDir: RESOURCES_DIR, scrypt: DEFAULT_SCRYPT });
    await callOk(core, 'users.create', { username: 'lan', displayName: 'Lan', role: 'clerk', password: 'mật khẩu của lan' }, admin);
    const disabled = await callOk(
      core,
      'users.create',
      { username: 'minh', displayName: 'Minh', role: 'clerk', password: 'mật khẩu của minh' },
      admin,
    );
    await callOk(core, 'users.disable', { id: disabled.id, disabled: true }, admin);
  });
  afterAll(() => core.close());

  const login = (username: string, password: string) => core.call('auth.login', { username, password }, { kind: 'anonymous' });

  it('refuses an unknown or disabled user as slowly as a wrong password', async () => {
    const wrong = await medianMs(3, () => login('lan', 'không phải mật khẩu'));
    const unknown = await medianMs(3, () => login('khong-co', 'không phải mật khẩu'));
    const disabled = await medianMs(3, () => login('minh', 'mật khẩu của minh'));
    expect(wrong).toBeGreaterThan(20);
    expect(unknown).toBeGreaterThan(wrong / 2);
    expect(disabled).toBeGreaterThan(wrong / 2);
  });
});
