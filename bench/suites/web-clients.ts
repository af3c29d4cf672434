/**
 * `npm run bench` suite (issue 12): 50 signed-in clients on loopback web mode, each a clerk at a grid:
 * a call, then a think time of THINK_MS (2–8 s: reading the page, typing a cell), for DURATION_MS.
 * 90 % reads (a page of 100 of the 100,000 propaganda sessions at a random place, or one of its own
 * records), 10 % writes (a new session, or an edit of its own), journaled to a database file as in the
 * office. The core runs in its worker thread, as `npm run web` runs it, and takes one call at a time,
 * so a call's latency is its own time plus the queue in front of it: the suite also measures one client
 * alone without pauses (the calls' own time), to read the first figure against. Target: p95 call
 * latency ≤ 50 ms. Asserts nothing.
 *
 * With a core that has accounts, every client signs in with its own account on a server that requires
 * them (sign-in time is reported too); a core without them is reached with the loopback token, and the
 * figures say so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreWorkerEntry, openCoreHost } from '../../src-main/core/host/core-host';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import type { WebCore } from '../../src-main/web/web-core';
import { RESOURCES_DIR } from '../../test/fixtures/core';
import { writeBusyDatabase } from '../../test/fixtures/core-host';
import { FORM_TALK, VENUE_RESIDENTIAL } from '../../test/fixtures/records';
import { webCoreOf } from '../../test/fixtures/web-core';
import { percentile } from './db-records.fixture';
import { seededRandom, WebClient } from './web-clients.fixture';

const CLIENTS = 50;
const RECORDS = 100_000;
const DURATION_MS = Number(process.env.WEB_CLIENTS_MS ?? 60_000);
const THINK_MS: Think = [2_000, 8_000];
/** Calls of the lone client that measures the calls' own time. */
const ALONE_CALLS = 200;

/** A clerk's pause between calls, drawn evenly between these (ms). */
type Think = readonly [number, number];
const PASSWORD = 'mật khẩu thử tải 2026';

interface Sample {
  ms: number;
  write: boolean;
  ok: boolean;
}

/** Signed-in clients where the core has accounts, else token clients; and the sign-in times. */
async function connectClients(core: WebCore, owner: WebServer, staticDir: string) {
  const admin = new WebClient(owner.port, owner.token);
  const setup = await admin.call('auth.setup', { username: 'quantri', displayName: 'Quản trị', password: PASSWORD });
  if (!setup.ok) return { clients: Array.from({ length: CLIENTS }, () => new WebClient(owner.port, owner.token)), signInMs: [], lan: null };
  for (let i = 0; i < CLIENTS; i++) {
    const r = await admin.call('users.create', { username: `canbo${i}`, displayName: `Cán bộ ${i}`, role: 'clerk', password: PASSWORD });
    if (!r.ok) throw new Error(`users.create failed: ${r.error?.message}`);
  }
  const lan = await startWebServer({ core, port: 0, staticDir, requireAccounts: true });
  const clients = Array.from({ length: CLIENTS }, () => new WebClient(lan.port));
  const signInMs: number[] = [];
  for (const [i, client] of clients.entries()) {
    const t = performance.now();
    const r = await client.call('auth.login', { username: `canbo${i}`, password: PASSWORD });
    signInMs.push(performance.now() - t);
    if (!r.ok) throw new Error(`auth.login failed: ${r.error?.message}`);
  }
  return { clients, signInMs, lan };
}

/** How one clerk works: pauses, and when it stops (a time, or a number of calls). */
interface Work {
  unitId: string;
  think: Think;
  until: number;
  calls?: number;
}

/** One clerk's session of work; every call's latency goes to `samples`. */
async function clerk(client: WebClient, seed: number, work: Work, samples: Sample[]): Promise<void> {
  const random = seededRandom(seed);
  const own: string[] = [];
  const unitId = work.unitId;
  for (let n = 0; performance.now() < work.until && n < (work.calls ?? Infinity); n++) {
    const [least, most] = work.think;
    if (most > 0) await new Promise((r) => setTimeout(r, least + random() * (most - least)));
    const roll = random();
    const write = roll < 0.1;
    const [name, input] = write
      ? own.length > 0 && roll < 0.05
        ? ['sessions.update', { id: own[Math.floor(random() * own.length)], attendees: Math.floor(random() * 200) }]
        : ['sessions.create', { heldOn: '2017-06-01', unitId, venueKindId: VENUE_RESIDENTIAL, formId: FORM_TALK, topic: `Thử tải ${seed}` }]
      : own.length > 0 && roll > 0.9
        ? ['sessions.get', { id: own[Math.floor(random() * own.length)] }]
        : ['sessions.list', { offset: Math.floor(random() * (RECORDS - 100)), limit: 100 }];
    const t = performance.now();
    const r = await client.call(name, input);
    samples.push({ ms: performance.now() - t, write, ok: r.ok });
    if (name === 'sessions.create' && r.ok && typeof r.data === 'object' && r.data !== null && 'id' in r.data) own.push(String(r.data.id));
  }
}

export default {
  name: 'web-clients',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'antq-bench-web-'));
    const dbPath = join(dir, 'office.sqlite');
    await writeBusyDatabase(dbPath, RECORDS);
    const host = await openCoreHost({ dbPath, resourcesDir: RESOURCES_DIR, worker: coreWorkerEntry(__dirname) });
    const core = webCoreOf(host);
    const owner = await startWebServer({ core, port: 0, staticDir: dir });
    const { clients, signInMs, lan } = await connectClients(core, owner, dir);
    const units = await clients[0]!.call('units.list', { kind: 'commune', limit: 10 });
    const unitId = pickCommune(units.data);
    const overhead = await tripTimes(clients[0]!);
    const alone: Sample[] = [];
    await clerk(clients[0]!, 1000, { unitId, think: [0, 0], until: Infinity, calls: ALONE_CALLS }, alone);
    const samples: Sample[] = [];
    const work: Work = { unitId, think: THINK_MS, until: performance.now() + DURATION_MS };
    await Promise.all(clients.map((c, i) => clerk(c, i + 1, work, samples)));
    for (const c of clients) c.close();
    await lan?.close();
    await owner.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
    return [...figures(samples, signInMs, lan !== null), ...aloneFigures(alone, overhead)];
  },
};

function pickCommune(data: unknown): string {
  const rows =
    typeof data === 'object' && data !== null && 'rows' in data && Array.isArray(data.rows)
      ? (data.rows as { id: string; kind: string }[])
      : [];
  const commune = rows.find((r) => r.kind === 'commune');
  if (!commune) throw new Error('the bench database has no commune');
  return commune.id;
}

function figures(samples: Sample[], signInMs: number[], accounts: boolean) {
  const how = `${CLIENTS} ${accounts ? 'signed-in' : 'token (core without accounts)'} clients, pauses ${THINK_MS[0] / 1000}–${THINK_MS[1] / 1000} s`;
  const all = samples.map((s) => s.ms);
  const p95 = percentile(all, 95);
  const rows = [
    { name: `web clients: ${how}, calls in ${DURATION_MS / 1000} s`, value: samples.length, unit: 'calls' },
    { name: `web clients: ${how}, refused calls`, value: samples.filter((s) => !s.ok).length, unit: 'calls' },
    { name: `web clients: ${how}, p50 call at 100k records`, value: percentile(all, 50), unit: 'ms' },
    { name: `web clients: ${how}, p95 call at 100k records`, value: p95, unit: 'ms' },
    { name: `web clients: ${how}, p95 call / 50 ms target`, value: p95 / 50, unit: 'ratio (<1 meets)' },
    {
      name: `web clients: ${how}, p95 read`,
      value: percentile(
        samples.filter((s) => !s.write).map((s) => s.ms),
        95,
      ),
      unit: 'ms',
    },
    {
      name: `web clients: ${how}, p95 write (journaled)`,
      value: percentile(
        samples.filter((s) => s.write).map((s) => s.ms),
        95,
      ),
      unit: 'ms',
    },
  ];
  if (signInMs.length > 0) rows.push({ name: 'web clients: sign-in (scrypt), p50', value: percentile(signInMs, 50), unit: 'ms' });
  return rows;
}

/** The transport's own share: a call the core answers at once from memory (the change feed's cursor). */
async function tripTimes(client: WebClient): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < ALONE_CALLS; i++) {
    const t = performance.now();
    await client.call('changes.since', { cursor: null });
    ms.push(performance.now() - t);
  }
  return ms;
}

function aloneFigures(alone: Sample[], overhead: number[]) {
  const ms = alone.map((s) => s.ms);
  return [
    {
      name: 'web clients: one client, a call answered from memory (HTTP + worker round trip), p50',
      value: percentile(overhead, 50),
      unit: 'ms',
    },
    { name: 'web clients: one client alone, no pauses, p50 call (its own time)', value: percentile(ms, 50), unit: 'ms' },
    { name: 'web clients: one client alone, no pauses, p95 call (its own time)', value: percentile(ms, 95), unit: 'ms' },
  ];
}
