import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeView } from '../../src-main/contract/exchange/office';
import { openCore, type Core } from '../../src-main/core/app/open-core';
import { callOk, RESOURCES_DIR } from '../../test/fixtures/core';
import { entryId } from '../../test/fixtures/seed/catalogue-ids';
import { bulkSessions, numberUnits } from '../../test/fixtures/seed/million.repo';

/**
 * The offices of the exchange bench, each a database file of its own in the run's folder (a durable store,
 * journal and checkpoints included, as in the app): what one office's process opens, seeds, exports or imports.
 */
export interface BenchOffice {
  id: string;
  /** The code of its top unit: '31' for the province, '3xx' for a district. */
  code: string;
  level: 'district' | 'province';
}

/** What a district leaves beside its database so the province can register its key. */
type OfficeCard = Pick<OfficeView, 'id' | 'code' | 'name' | 'level' | 'publicKey'>;

export const dbFile = (dir: string, id: string): string => join(dir, `${id}.sqlite`);
export const packageFile = (dir: string, id: string): string => join(dir, `${id}.antq`);
const cardFile = (dir: string, id: string): string => join(dir, `${id}.card.json`);

/** Opens (or creates) the office's database file, the core in this process. */
export function openOffice(dir: string, id: string): Promise<Core> {
  return openCore({ dbPath: dbFile(dir, id), resourcesDir: RESOURCES_DIR });
}

/** A new office: its identity, the province's top unit and, for a district, the district and ten communes. */
export async function createOffice(dir: string, o: BenchOffice): Promise<Core> {
  const core = await openOffice(dir, o.id);
  const parentOfficeId = o.level === 'district' ? 'CAT' : null;
  await callOk(core, 'office.set', { id: o.id, code: o.code, name: `Công an ${o.id}`, level: o.level, parentOfficeId });
  const top = (await callOk(core, 'units.create', { code: '31', name: 'Tỉnh Thử', kind: 'province', parentId: null })).id;
  if (o.level === 'province') return core;
  const district = (await callOk(core, 'units.create', { code: o.code, name: `Huyện ${o.code}`, kind: 'district', parentId: top })).id;
  for (let c = 1; c <= 10; c++) {
    const code = `${o.code}${String(c).padStart(2, '0')}`;
    await callOk(core, 'units.create', { code, name: `Xã ${o.code}-${c}`, kind: 'commune', parentId: district });
  }
  const own = (await callOk(core, 'office.get', {}))!;
  const card: OfficeCard = { id: own.id, code: own.code, name: own.name, level: own.level, publicKey: own.publicKey };
  writeFileSync(cardFile(dir, o.id), JSON.stringify(card));
  return core;
}

/** `count` sessions of 2017 at the district's communes, with ids of this district's own (`prefix`). */
export function seedSessions(core: Core, count: number, prefix: string): void {
  core.env.store.write((tx) => {
    const units = numberUnits(tx, 'bench_units', ['commune']);
    bulkSessions(tx, 'bench_units', units, count, '2017-01-01', 365, entryId('KHU_DAN_CU'), entryId('TUYEN_TRUYEN'));
    tx.run("UPDATE propaganda_sessions SET id = ? || id WHERE id LIKE 'bench-s-%'", [prefix]);
  });
}

/** Registers, at the province, the key a district left on its card (trust on first use, confirmed). */
export async function registerFromCard(province: Core, dir: string, id: string): Promise<void> {
  const card = JSON.parse(readFileSync(cardFile(dir, id), 'utf8')) as OfficeCard;
  await callOk(province, 'offices.add', { ...card, confirm: true });
}

/** Memory at a step, on stderr when EXCHANGE_BENCH_TRACE is set: what holds the peak. */
export function traceMemory(step: string): void {
  if (!process.env.EXCHANGE_BENCH_TRACE) return;
  const m = process.memoryUsage();
  const mb = (n: number) => `${(n / 1048576).toFixed(0)}`.padStart(5);
  const peak = process.resourceUsage().maxRSS / 1024;
  console.error(
    `[mem] ${step.padEnd(34)} rss ${mb(m.rss)}  heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}  external ${mb(m.external)}  arrayBuffers ${mb(m.arrayBuffers)}  peak ${peak.toFixed(0)} MB`,
  );
}
