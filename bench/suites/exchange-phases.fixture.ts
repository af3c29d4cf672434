import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Core } from '../../src-main/core/app/open-core';
import { admin, callOk } from '../../test/fixtures/core';
import type { BenchResult } from '../run';
import { createOffice, dbFile, openOffice, packageFile, registerFromCard, seedSessions, traceMemory } from './exchange-offices.fixture';

/**
 * One office's step of the exchange suite (exchange.ts), compiled by it and run as
 * `node bench/out/exchange-phases.child.js STEP DIR …` in a process of its own, so that the peak resident memory it reports is that office's alone: the sender
 * seeding its records, the sender exporting (the package goes to a file in DIR), the receiver importing.
 * The core runs in this process's main thread (in the app it runs in a worker thread of the same process);
 * each office's database is a file in DIR, journal and checkpoints included. Prints its results as JSON.
 */

interface Timed<T> {
  value: T;
  seconds: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<Timed<T>> {
  const t = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - t) / 1000 };
}

/** The highest resident set of this process so far (maxRSS is in kilobytes). */
const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

/**
 * `seed DIR ID CODE COUNT`: a district's database with COUNT sessions, then opened once more for the day's
 * first backup (made at the first open of a day, its check in a worker thread): the office opened its app
 * in the morning, so the export later that day is measured on its own.
 */
async function seed(dir: string, id: string, code: string, count: string): Promise<BenchResult[]> {
  const core = await createOffice(dir, { id, code, level: 'district' });
  seedSessions(core, Number(count), `${id}-`);
  core.close();
  const morning = await openOffice(dir, id);
  await morning.env.store.settled();
  morning.close();
  return [];
}

/** Exports the office's package to `to` and writes it beside the database, as the CLI does. */
async function exportTo(core: Core, dir: string, id: string, to: string): Promise<Timed<number>> {
  traceMemory(`${id}: opened`);
  const made = await timed(async () => {
    const out = await callOk(core, 'exchange.exportPackage', { to });
    const bytes = Buffer.from(out.contentBase64, 'base64');
    writeFileSync(packageFile(dir, id), bytes);
    return bytes.length;
  });
  traceMemory(`${id}: exported`);
  return made;
}

/** `export DIR ID TO`: the seeded office opens its database and exports (timed), then closes. */
async function exportStep(dir: string, id: string, to: string): Promise<BenchResult[]> {
  const core = await openOffice(dir, id);
  const made = await exportTo(core, dir, id, to);
  core.close();
  traceMemory(`${id}: closed`);
  return [
    { name: 'exchange: export a 100k-record package (≤ 5 s)', value: made.seconds, unit: 's' },
    { name: 'exchange: size of the 100k-record package', value: made.value / 1e6, unit: 'MB' },
    { name: 'exchange: peak resident memory, export of the 100k package (≤ 300 MB)', value: peakMb(), unit: 'MB' },
  ];
}

/** `districts DIR COUNT N`: N districts, one after the other, each seeded with COUNT sessions and exported. */
async function districts(dir: string, count: string, n: string): Promise<BenchResult[]> {
  let bytes = 0;
  for (let d = 1; d <= Number(n); d++) {
    const id = `CAH-${d}`;
    const core = await createOffice(dir, { id, code: String(310 + d), level: 'district' });
    seedSessions(core, Number(count), `${id}-`);
    bytes += (await exportTo(core, dir, id, 'CAT')).value;
    core.close();
  }
  return [{ name: 'exchange: size of the 12 district packages of 10k', value: bytes / 1e6, unit: 'MB' }];
}

/** Reads a package file and imports it, as the CLI's import-package does. */
async function importFile(province: Core, dir: string, id: string): Promise<void> {
  const contentBase64 = readFileSync(packageFile(dir, id)).toString('base64');
  const r = await callOk(province, 'exchange.importPackage', { contentBase64 }, admin);
  if (!r.applied) throw new Error(`the package of ${id} was not applied`);
  traceMemory(`CAT: imported ${id}`);
}

/**
 * `import DIR YEAR SESSIONS ID…`: the province (a new database) registers the senders' keys, then imports
 * their packages in order (timed, with the year report when YEAR is not 0, which must count SESSIONS),
 * then closes (its checkpoint).
 */
async function importStep(dir: string, year: string, expected: string, ...ids: string[]): Promise<BenchResult[]> {
  const province = await createOffice(dir, { id: 'CAT', code: '31', level: 'province' });
  for (const id of ids) await registerFromCard(province, dir, id);
  traceMemory('CAT: ready');
  // The floor under any import: node, the loaded modules, sql.js, an empty office database.
  const floor = process.memoryUsage().rss / 1048576;
  const all = await timed(async () => {
    for (const id of ids) await importFile(province, dir, id);
    if (year === '0') return null;
    return callOk(province, 'reports.build', { period: { kind: 'year', year: Number(year) } });
  });
  const sessions = all.value?.indicators.find((i) => i.key === 'sessions')?.value;
  if (all.value && sessions !== Number(expected)) throw new Error(`the province counts ${sessions} sessions, not ${expected}`);
  province.close();
  traceMemory('CAT: closed');
  // sql.js holds the whole file in memory: the database itself is part of every later peak.
  const held = statSync(dbFile(dir, 'CAT')).size / 1048576;
  const what = year === '0' ? 'the 100k import' : 'the 12 district imports';
  const info = [
    { name: `exchange: province resident memory before ${what} (floor: node, modules, sql.js)`, value: floor, unit: 'MB' },
    { name: `exchange: province database file after ${what}`, value: held, unit: 'MB' },
  ];
  if (year === '0')
    return [
      { name: 'exchange: import a 100k-record package (≤ 10 s)', value: all.seconds, unit: 's' },
      { name: 'exchange: peak resident memory, import of the 100k package (≤ 300 MB)', value: peakMb(), unit: 'MB' },
      ...info,
    ];
  return [
    { name: 'exchange: 12 district packages of 10k imported + year report (≤ 15 s)', value: all.seconds, unit: 's' },
    { name: 'exchange: peak resident memory, the province importing 12 districts + report (≤ 300 MB)', value: peakMb(), unit: 'MB' },
    ...info,
  ];
}

const STEPS: Record<string, (dir: string, ...args: string[]) => Promise<BenchResult[]>> = {
  seed: (dir, id = '', code = '', count = '0') => seed(dir, id, code, count),
  export: (dir, id = '', to = '') => exportStep(dir, id, to),
  districts: (dir, count = '0', n = '0') => districts(dir, count, n),
  import: (dir, year = '0', expected = '0', ...ids) => importStep(dir, year, expected, ...ids),
};

async function main([step = '', dir = '', ...args]: string[]): Promise<void> {
  const run = STEPS[step];
  if (!run || !dir) throw new Error(`usage: exchange-phases.fixture.ts seed|export|districts|import DIR …`);
  const results = await run(dir, ...args);
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

if (process.argv[2])
  void main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
