import type { Core } from '../../src-main/core/app/open-core';
import { admin, callOk, makeTestCore } from '../../test/fixtures/core';
import { entryId } from '../../test/fixtures/seed/catalogue-ids';
import { bulkSessions, numberUnits } from '../../test/fixtures/seed/million.repo';

/**
 * The two phases of the exchange suite (exchange.ts), each run in a process of its own so that its peak
 * resident memory is its own: `tsx exchange-phases.fixture.ts big|districts` prints its results as JSON.
 * Sizes can be shrunk on a loaded machine: EXCHANGE_BENCH_BIG=20000 EXCHANGE_BENCH_DISTRICT=2000.
 */
const BIG = Number(process.env.EXCHANGE_BENCH_BIG ?? 100_000);
const PER_DISTRICT = Number(process.env.EXCHANGE_BENCH_DISTRICT ?? 10_000);
const DISTRICTS = 12;

interface Result {
  name: string;
  value: number;
  unit: string;
}

async function office(
  id: string,
  code: string,
  level: 'district' | 'province',
): Promise<{ core: Core; top: string; district: string | null }> {
  const core = await makeTestCore();
  await callOk(core, 'office.set', { id, code, name: `Công an ${id}`, level, parentOfficeId: level === 'district' ? 'CAT' : null });
  const top = (await callOk(core, 'units.create', { code: '31', name: 'Tỉnh Thử', kind: 'province', parentId: null })).id;
  if (level === 'province') return { core, top, district: null };
  const district = (await callOk(core, 'units.create', { code, name: `Huyện ${code}`, kind: 'district', parentId: top })).id;
  for (let c = 1; c <= 10; c++) {
    await callOk(core, 'units.create', {
      code: `${code}${String(c).padStart(2, '0')}`,
      name: `Xã ${code}-${c}`,
      kind: 'commune',
      parentId: district,
    });
  }
  return { core, top, district };
}

/** `count` sessions of 2017 at the district's communes, with ids of this district's own. */
function seedSessions(core: Core, count: number, prefix: string): void {
  core.env.store.write((tx) => {
    const units = numberUnits(tx, 'bench_units', ['commune']);
    bulkSessions(tx, 'bench_units', units, count, '2017-01-01', 365, entryId('KHU_DAN_CU'), entryId('TUYEN_TRUYEN'));
    tx.run("UPDATE propaganda_sessions SET id = ? || id WHERE id LIKE 'bench-s-%'", [prefix]);
  });
}

async function register(province: Core, district: Core): Promise<void> {
  const own = (await callOk(district, 'office.get', {}))!;
  await callOk(province, 'offices.add', {
    id: own.id,
    code: own.code,
    name: own.name,
    level: own.level,
    publicKey: own.publicKey,
    confirm: true,
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - t) / 1000 };
}

export async function bigPackage(): Promise<Result[]> {
  const province = await office('CAT', '31', 'province');
  const district = await office('CAH-1', '311', 'district');
  seedSessions(district.core, BIG, 'd1-');
  await register(province.core, district.core);
  const made = await timed(() => callOk(district.core, 'exchange.exportPackage', { to: 'CAT' }));
  const applied = await timed(() => callOk(province.core, 'exchange.importPackage', { contentBase64: made.value.contentBase64 }, admin));
  const bytes = Buffer.from(made.value.contentBase64, 'base64').length;
  if (!applied.value.applied) throw new Error('the package was not applied');
  province.core.close();
  district.core.close();
  return [
    { name: 'exchange: export a 100k-record package (≤ 5 s)', value: made.seconds, unit: 's' },
    { name: 'exchange: import a 100k-record package (≤ 10 s)', value: applied.seconds, unit: 's' },
    { name: 'exchange: size of the 100k-record package', value: bytes / 1e6, unit: 'MB' },
  ];
}

export async function twelveDistricts(): Promise<Result[]> {
  const province = await office('CAT', '31', 'province');
  const packages: string[] = [];
  for (let d = 1; d <= DISTRICTS; d++) {
    const district = await office(`CAH-${d}`, String(310 + d), 'district');
    seedSessions(district.core, PER_DISTRICT, `d${d}-`);
    await register(province.core, district.core);
    packages.push((await callOk(district.core, 'exchange.exportPackage', { to: 'CAT' })).contentBase64);
    district.core.close();
  }
  const all = await timed(async () => {
    for (const contentBase64 of packages) await callOk(province.core, 'exchange.importPackage', { contentBase64 }, admin);
    return callOk(province.core, 'reports.build', { period: { kind: 'year', year: 2017 } });
  });
  const sessions = all.value.indicators.find((i) => i.key === 'sessions')?.value;
  if (sessions !== DISTRICTS * PER_DISTRICT) throw new Error(`the province counts ${sessions} sessions, not ${DISTRICTS * PER_DISTRICT}`);
  province.core.close();
  return [{ name: 'exchange: 12 district packages of 10k imported + year report (≤ 15 s)', value: all.seconds, unit: 's' }];
}

const PHASES: Record<string, () => Promise<Result[]>> = { big: bigPackage, districts: twelveDistricts };

async function main(phase: string): Promise<void> {
  const run = PHASES[phase];
  if (!run) throw new Error(`unknown phase ${phase}`);
  const results = await run();
  // maxRSS is in kilobytes: the highest resident set of this process, the phase's own.
  results.push({
    name: `exchange: peak resident memory, ${phase === 'big' ? 'the 100k package' : 'the 12 districts'} (≤ 300 MB)`,
    value: process.resourceUsage().maxRSS / 1024,
    unit: 'MB',
  });
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

const phase = process.argv[2];
if (phase)
  void main(phase).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
