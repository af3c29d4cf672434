import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from '../run';

/**
 * Undo of a 100k-record package import (issue 13): a district seeds and exports (exchange-phases.fixture.ts),
 * the province imports the package and undoes it (exchange-undo.fixture.ts), each office in a process of its
 * own. EXCHANGE_BENCH_BIG (records) shrinks it on a loaded machine.
 */
const BIG = Number(process.env.EXCHANGE_BENCH_BIG ?? 100_000);

function run(fixture: string, ...args: (string | number)[]): string {
  // The same node and loader (tsx) as this process.
  return execFileSync(process.execPath, [...process.execArgv, join(__dirname, fixture), ...args.map(String)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
}

export default {
  name: 'exchange-undo',
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'antq-exchange-undo-bench-'));
    try {
      run('exchange-phases.fixture.ts', 'seed', dir, 'CAH-1', '311', BIG);
      run('exchange-phases.fixture.ts', 'export', dir, 'CAH-1', 'CAT');
      const out = run('exchange-undo.fixture.ts', dir, 'CAH-1');
      return JSON.parse(out.trim().split('\n').at(-1) ?? '[]') as BenchResult[];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
