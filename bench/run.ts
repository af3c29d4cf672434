/**
 * `npm run bench [-- FILTER] [--json FILE]`: runs every suite in bench/suites/*.ts (helpers named
 * *.fixture.ts are skipped), prints one table, and writes `[{name, value, unit}]` as JSON when asked.
 * Speed targets live here, never in timed tests; "faster than" figures are ratios measured in one run.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One measured figure. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

/** What a file in bench/suites default-exports. */
export interface BenchSuite {
  name: string;
  run(): Promise<BenchResult[]>;
}

interface RunOptions {
  filter: string | null;
  jsonFile: string | null;
}

function parseOptions(argv: readonly string[]): RunOptions {
  let filter: string | null = null;
  let jsonFile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word === '--json') jsonFile = argv[++i] ?? null;
    else if (word.startsWith('--json=')) jsonFile = word.slice('--json='.length);
    else if (!word.startsWith('--')) filter = word;
  }
  return { filter, jsonFile };
}

function isSuite(value: unknown): value is BenchSuite {
  const v = value as Partial<BenchSuite> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.run === 'function';
}

async function loadSuites(dir: string, filter: string | null): Promise<BenchSuite[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.fixture.ts') && !f.endsWith('.d.ts'))
    .sort();
  const suites: BenchSuite[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    // tsx may wrap a CommonJS-compiled module: its default export then sits one level deeper.
    const found = isSuite(mod.default) ? mod.default : (mod.default as { default?: unknown } | undefined)?.default;
    if (!isSuite(found)) {
      console.warn(`bench: ${file} does not default-export {name, run}; skipped`);
      continue;
    }
    if (!filter || found.name.includes(filter) || file.includes(filter)) suites.push(found);
  }
  return suites;
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toFixed(3);
}

function printTable(rows: readonly BenchResult[]): void {
  const width = Math.max(20, ...rows.map((r) => r.name.length));
  console.log(`${'name'.padEnd(width)}  ${'value'.padStart(12)}  unit`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(12)}  ----`);
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${formatValue(r.value).padStart(12)}  ${r.unit}`);
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const suites = await loadSuites(resolve(__dirname, 'suites'), opts.filter);
  if (suites.length === 0) console.warn(`bench: no suite matches ${opts.filter ?? '(all)'}`);
  const results: BenchResult[] = [];
  for (const suite of suites) {
    console.log(`\n▶ ${suite.name}`);
    const started = performance.now();
    const rows = await suite.run();
    console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    results.push(...rows);
  }
  console.log('');
  printTable(results);
  if (opts.jsonFile) {
    writeFileSync(opts.jsonFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nJSON: ${resolve(opts.jsonFile)}`);
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
  });
}
