/**
 * `npm run bench` suite: the audit trail's cost (issue 12 item 4). (1) A durable write's p50 (journal
 * appended and fsync'd) through the dispatcher, with the trail and without it, alternating on the same
 * file so disk noise hits both alike; target: the trail adds ≤ 20%. (2) audit.list for one record with
 * 1,000,000 rows in the trail; target ≤ 20 ms. Prints medians and ratios; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openCore, type Core } from '../../src-main/core/app/open-core';
import { createDispatcher } from '../../src-main/core/api/dispatch';
import { methods } from '../../src-main/core/app/domains';
import { CLI_CREDENTIAL } from '../../src-main/contract/credential';
import type { BenchResult, BenchSuite } from '../run';

const RESOURCES = resolve(__dirname, '../../resources');
/** The bench writes as the CLI owner: the audit row is the same for every caller. */
const clerk = CLI_CREDENTIAL;
const WRITES = Number(process.env.AUDIT_BENCH_WRITES ?? 300);
const TRAIL_ROWS = Number(process.env.AUDIT_BENCH_ROWS ?? 1_000_000);
const RECORDS = 100_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Alternating durable updates of one unit, audited and not, on one file. */
async function writeCost(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'antq-bench-audit-'));
  const core = await openCore({ dbPath: join(dir, 'office.sqlite'), resourcesDir: RESOURCES, log: () => undefined });
  try {
    const bare = createDispatcher(methods, { ...core.env, audit: undefined });
    const made = await core.dispatch('units.create', { name: 'Tỉnh Bắc Ninh', kind: 'province' }, clerk);
    if (!made.ok) throw new Error(made.error.message);
    const id = (made.data as { id: string }).id;
    const audited: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      audited.push(await time(() => core.dispatch('units.update', { id, note: `ghi chú ${i} a` }, clerk)));
      plain.push(await time(() => bare('units.update', { id, note: `ghi chú ${i} b` }, clerk)));
    }
    const withTrail = median(audited);
    const without = median(plain);
    return [
      { name: 'audit: durable write p50, with the trail', value: withTrail, unit: 'ms' },
      { name: 'audit: durable write p50, without the trail', value: without, unit: 'ms' },
      { name: 'audit: write p50 with / without (target ≤ 1.20)', value: withTrail / without, unit: 'ratio' },
    ];
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fills the trail with TRAIL_ROWS rows over RECORDS records (10 each at 1M), in one statement. */
function fillTrail(core: Core): void {
  core.env.store.write((tx) =>
    tx.run(
      `INSERT INTO audit_log (at, user_id, username, role, method, kind, record_id, action, changes, note)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       SELECT printf('2026-%02d-%02dT%02d:%02d:00.000Z', 1 + i % 12, 1 + i % 28, i % 24, i % 60), NULL,
              'canbo' || (i % 20), 'clerk', 'sessions.update', 'propaganda_sessions', 'rec-' || (i % ?), 'update',
              '{"topic":["Phòng chống tội phạm","Phòng chống ma tuý"],"attendees":[120,135]}', NULL
       FROM n`,
      [TRAIL_ROWS, RECORDS],
    ),
  );
}

async function listCost(): Promise<BenchResult[]> {
  const core = await openCore({ dbPath: null, resourcesDir: RESOURCES, log: () => undefined });
  try {
    const fillMs = await time(async () => fillTrail(core));
    const one: number[] = [];
    const byKind: number[] = [];
    for (let i = 0; i < 50; i++) {
      const recordId = `rec-${(i * 7919) % RECORDS}`;
      one.push(await time(() => core.call('audit.list', { recordId, limit: 50 }, clerk)));
      byKind.push(await time(() => core.call('audit.list', { recordId, kind: 'propaganda_sessions', limit: 50 }, clerk)));
    }
    const page = median(one);
    return [
      { name: `audit: filling ${TRAIL_ROWS.toLocaleString('en')} trail rows`, value: fillMs, unit: 'ms' },
      { name: `audit.list one record, ${TRAIL_ROWS.toLocaleString('en')} rows (p50)`, value: page, unit: 'ms' },
      { name: 'audit.list one record and its kind (p50)', value: median(byKind), unit: 'ms' },
      { name: 'audit.list one record / 20 ms target', value: page / 20, unit: 'ratio' },
    ];
  } finally {
    core.close();
  }
}

const suite: BenchSuite = {
  name: 'audit-trail',
  async run() {
    return [...(await writeCost()), ...(await listCost())];
  },
};
export default suite;
