/**
 * `npm run bench` suite: one sign-in (`auth.login`, scrypt N=2^15, r=8, p=1) through the dispatcher.
 * Target (issue 12): between 50 and 500 ms by design: slow for someone guessing from a copied database,
 * quick for a person. Also the time of a refusal for an unknown username against a wrong password, as a
 * ratio: near 1 means the time does not tell which usernames exist. Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import type { BenchResult } from '../run';
import { CLI_CREDENTIAL, type Credential } from '../../src-main/contract/credential';
import { openCore, type Core } from '../../src-main/core/app/open-core';
import { RESOURCES_DIR } from './certificates-batch.fixture';

const RUNS = 7;
const PASSWORD = 'mật khẩu đủ dài 2026';

async function medianMs(call: () => Promise<unknown>): Promise<number> {
  await call(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
}

function login(core: Core, username: string, password: string, address: string) {
  // A new address per call: the lockout (5 failures per address) must not cut the refused runs short.
  const anonymous: Credential = { kind: 'anonymous', address };
  return core.call('auth.login', { username, password }, anonymous);
}

export default {
  name: 'sign-in',
  async run(): Promise<BenchResult[]> {
    const core = await openCore({ dbPath: null, resourcesDir: RESOURCES_DIR });
    try {
      const made = await core.call(
        'users.create',
        { username: 'lan', displayName: 'Lan', role: 'clerk', password: PASSWORD },
        CLI_CREDENTIAL,
      );
      if (!made.ok) throw new Error(made.error.message);
      let n = 0;
      const ok = await medianMs(async () => {
        const r = await login(core, 'lan', PASSWORD, `10.0.0.${n++ % 250}`);
        if (!r.ok) throw new Error(`sign-in failed: ${r.error.message}`);
      });
      // After five of these 'lan' is locked; a locked refusal still hashes, so it times the same.
      const wrong = await medianMs(() => login(core, 'lan', 'không đúng mật khẩu', `10.1.0.${n++ % 250}`));
      const unknown = await medianMs(() => login(core, `khong-co-${n}`, 'không đúng mật khẩu', `10.2.0.${n++ % 250}`));
      return [
        { name: 'sign-in (scrypt), median; target 50–500 ms', value: Math.round(ok), unit: 'ms' },
        { name: 'sign-in refused, wrong password, median', value: Math.round(wrong), unit: 'ms' },
        {
          name: 'refusal time, unknown user / wrong password (≈1: no enumeration)',
          value: Math.round((unknown / wrong) * 100) / 100,
          unit: '×',
        },
      ];
    } finally {
      core.close();
    }
  },
};
