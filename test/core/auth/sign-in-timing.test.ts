import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/app/open-core';
import { DEFAULT_SCRYPT } from '../../../src-main/core/auth';
import { admin, callOk, RESOURCES_DIR } from '../../fixtures/core';

/**
 * Median wall time in ms of each of `calls`, measured in interleaved rounds so that a burst of load on a
 * shared machine slows every kind of call alike instead of one kind's whole series.
 */
async function interleavedMediansMs(rounds: number, calls: readonly (() => Promise<unknown>)[]): Promise<number[]> {
  const times: number[][] = calls.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [i, call] of calls.entries()) {
      const t = performance.now();
      await call();
      times[i]!.push(performance.now() - t);
    }
  }
  return times.map((ts) => ts.sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? 0);
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
    const [wrong = 0, unknown = 0, disabled = 0] = await interleavedMediansMs(5, [
      () => login('lan', 'không phải mật khẩu'),
      () => login('khong-co', 'không phải mật khẩu'),
      () => login('minh', 'mật khẩu của minh'),
    ]);
    expect(wrong).toBeGreaterThan(20);
    expect(unknown).toBeGreaterThan(wrong / 2);
    expect(disabled).toBeGreaterThan(wrong / 2);
  });
});
