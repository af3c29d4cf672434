import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_HEAP_LIMITS } from '../../src-main/core/host/core-host';
import { compileChildren } from '../compile-child';
import type { BenchResult } from '../run';

/**
 * Exchange packages (issue 13): a district's package of 100,000 records made and applied at the province
 * (targets: ≤ 5 s and ≤ 10 s), and twelve district packages of 10,000 records each applied one after the
 * other and the province's year report built (target ≤ 15 s in all). Peak memory (target ≤ 300 MB) is the
 * memory of the office doing the work: each office's step (seed, export, import) runs in a child process of
 * its own (exchange-phases.fixture.ts) with its database in a file, the packages passed between them as
 * files, as offices do; a process's highest resident set never comes down, so one step is never charged
 * another's. The core runs in-process there (the app runs it in a worker thread of its one process),
 * compiled as the app's code is (compileSteps) and with the heap limits the app gives it (APP_HEAP_FLAGS).
 * Sizes: EXCHANGE_BENCH_BIG and EXCHANGE_BENCH_DISTRICT (records) shrink the suite on a loaded machine;
 * EXCHANGE_BENCH_TRACE=1 prints each step's memory (rss, heap, external, array buffers) on stderr.
 */
const BIG = Number(process.env.EXCHANGE_BENCH_BIG ?? 100_000);
const PER_DISTRICT = Number(process.env.EXCHANGE_BENCH_DISTRICT ?? 10_000);
const DISTRICTS = 12;

/** The step runner, compiled as the app's code is (tsx added ~35 MB to every step's memory). */
function compileSteps(): string {
  return compileChildren({ 'exchange-phases.child': join(__dirname, 'exchange-phases.fixture.ts') })['exchange-phases.child']!;
}

let compiled: string | null = null;

/**
 * The heap limits the app gives its core's thread (core-host.ts CORE_HEAP_LIMITS), as flags of the step's
 * process: V8 makes a young generation of three semi-spaces. Without them a step ran on Node's defaults,
 * whose young generation let ~30 MB more garbage stand before it was collected.
 */
const APP_HEAP_FLAGS = [
  `--max-old-space-size=${CORE_HEAP_LIMITS.maxOldGenerationSizeMb ?? 512}`,
  `--max-semi-space-size=${Math.max(1, Math.floor((CORE_HEAP_LIMITS.maxYoungGenerationSizeMb ?? 12) / 3))}`,
];

function runStep(dir: string, step: string, ...args: (string | number)[]): BenchResult[] {
  compiled ??= compileSteps();
  const out = execFileSync(process.execPath, [...APP_HEAP_FLAGS, compiled, step, dir, ...args.map(String)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const last = out.trim().split('\n').at(-1) ?? '[]';
  return JSON.parse(last) as BenchResult[];
}

/** The 100k package: the district seeds, then exports (its own process), then the province imports. */
function bigPackage(dir: string): BenchResult[] {
  runStep(dir, 'seed', 'CAH-1', '311', BIG);
  const made = runStep(dir, 'export', 'CAH-1', 'CAT');
  const applied = runStep(dir, 'import', 0, 0, 'CAH-1');
  // Export figures first, then import: the order the rows had when one process held both offices.
  return [made[0]!, applied[0]!, made[1]!, made[2]!, ...applied.slice(1)];
}

function twelveDistricts(dir: string): BenchResult[] {
  const sent = runStep(dir, 'districts', PER_DISTRICT, DISTRICTS);
  const ids = Array.from({ length: DISTRICTS }, (_, d) => `CAH-${d + 1}`);
  return [...runStep(dir, 'import', 2017, DISTRICTS * PER_DISTRICT, ...ids), ...sent];
}

function inTempDir(run: (dir: string) => BenchResult[]): BenchResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'antq-exchange-bench-'));
  try {
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default {
  name: 'exchange',
  async run(): Promise<BenchResult[]> {
    return [...inTempDir(bigPackage), ...inTempDir(twelveDistricts)];
  },
};
