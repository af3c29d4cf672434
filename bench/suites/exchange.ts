import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { BenchResult } from '../run';

/**
 * Exchange packages (issue 13): a district's package of 100,000 records made and applied at the province
 * (targets: ≤ 5 s and ≤ 10 s), and twelve district packages of 10,000 records each applied one after the
 * other and the province's year report built (target ≤ 15 s in all). Peak memory (target ≤ 300 MB) is
 * measured per phase: each phase runs in a child process of its own (exchange-phases.fixture.ts), since a
 * process's highest resident set never comes down and one phase would otherwise be charged the other's.
 * Sizes: EXCHANGE_BENCH_BIG and EXCHANGE_BENCH_DISTRICT (records) shrink the suite on a loaded machine.
 */
function runPhase(phase: 'big' | 'districts'): BenchResult[] {
  const fixture = join(__dirname, 'exchange-phases.fixture.ts');
  // The same node and loader (tsx) as this process.
  const out = execFileSync(process.execPath, [...process.execArgv, fixture, phase], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const last = out.trim().split('\n').at(-1) ?? '[]';
  return JSON.parse(last) as BenchResult[];
}

export default {
  name: 'exchange',
  async run(): Promise<BenchResult[]> {
    return [...runPhase('big'), ...runPhase('districts')];
  },
};
