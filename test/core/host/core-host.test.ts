import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credential } from '../../../src-main/contract/credential';
import { openCore, type Core } from '../../../src-main/core/app/open-core';
import { recoverableBackup } from '../../../src-main/core/app/recover';
import { StoreOpenError } from '../../../src-main/core/db/store-open-error';
import { openCoreHost, type CoreHost } from '../../../src-main/core/host/core-host';
import { admin, callOk, clerk, makeTestCore, RESOURCES_DIR, viewer } from '../../fixtures/core';
import { CRASHING_WORKER, DECADE, hostSessions, openTestHost, writeBusyDatabase } from '../../fixtures/core-host';
import { tempDbPath } from '../db/store-fixture';

const openInProcess = (dbPath: string) => openCore({ dbPath, resourcesDir: RESOURCES_DIR, log: () => undefined });

/** How many times a 2 ms interval fires on this thread while `call` runs. */
async function ticksDuring(call: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 2);
  try {
    await call();
  } finally {
    clearInterval(timer);
  }
  return ticks;
}

describe('the core host: calls relayed to the core in a worker thread', () => {
  let host: CoreHost;
  let direct: Core;
  let onHost: (who: Credential) => Credential;
  beforeAll(async () => {
    [host, direct] = await Promise.all([openTestHost(), makeTestCore()]);
    onHost = await hostSessions(host);
  });
  afterAll(async () => {
    await host.close();
    direct.close();
  });

  it('answers exactly as the dispatcher does: data, roles, validation issues, unknown methods', async () => {
    const calls: [string, unknown, Credential][] = [
      ['system.settings.get', {}, viewer],
      ['units.list', {}, viewer],
      ['units.create', { name: '', kind: 'hamlet' }, clerk],
      ['system.backups.create', {}, viewer],
      ['system.settings.update', { officeName: 'x' }, clerk],
      ['units.get', { id: '00000000-0000-4000-8000-000000000000' }, viewer],
      ['no.such.method', {}, admin],
    ];
    for (const [name, input, caller] of calls) {
      const relayed = await host.dispatch(name, input, onHost(caller));
      expect(relayed, name).toEqual(await direct.dispatch(name, input, caller));
    }
    const refused = await host.dispatch('units.create', { name: '', kind: 'hamlet' }, onHost(clerk));
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['name'] }, { path: ['kind'] }] } });
  });

  it('keeps what a call saved for the next call, in order', async () => {
    const created = await host.call('units.create', { name: 'Tỉnh Hải Dương', kind: 'province', parentId: null }, admin);
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : '';
    expect(await host.dispatch('units.get', { id }, onHost(viewer))).toMatchObject({ ok: true, data: { name: 'Tỉnh Hải Dương' } });
  });

  it('refuses input that is not data, without reaching the core', async () => {
    const r = await host.dispatch('units.list', { pick: () => 1 }, onHost(viewer));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('a long call in the worker', () => {
  let dbPath: string;
  beforeAll(async () => {
    dbPath = tempDbPath();
    await writeBusyDatabase(dbPath, 80_000);
  });

  it('leaves the relaying thread free: its timers keep firing while a ten-year report runs', async () => {
    const inProcess = await openInProcess(dbPath);
    // The old way, for contrast: the report runs on this thread and no timer can fire until it is done.
    expect(await ticksDuring(() => callOk(inProcess, 'reports.build', DECADE, viewer))).toBe(0);
    inProcess.close();

    const host = await openTestHost({ dbPath });
    try {
      let report: unknown;
      const ticks = await ticksDuring(async () => (report = await host.dispatch('reports.build', DECADE, admin)));
      expect(report).toMatchObject({ ok: true });
      expect(ticks).toBeGreaterThanOrEqual(5);
    } finally {
      await host.close();
    }
  });

  it('is finished, not cut, when the host is closed while it runs', async () => {
    const host = await openTestHost({ dbPath });
    const events: string[] = [];
    const report = host.dispatch('reports.build', DECADE, admin).then((r) => {
      events.push('report answered');
      return r;
    });
    await host.close();
    events.push('closed');
    expect(await report).toMatchObject({ ok: true });
    expect(events).toEqual(['report answered', 'closed']);
    expect(await host.dispatch('units.list', {}, viewer)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('opening through the host', () => {
  it('rebuilds a refusal on this side: same reason, message and newest backup as in-process', async () => {
    const path = tempDbPath();
    const core = await openInProcess(path);
    await callOk(core, 'system.backups.create', {}, admin);
    core.close();
    writeFileSync(path, Buffer.from('this is not a database '.repeat(400)));

    const inProcess = await openInProcess(path).catch((e: unknown) => e);
    const relayed = await openTestHost({ dbPath: path }).catch((e: unknown) => e);
    expect(relayed).toBeInstanceOf(StoreOpenError);
    expect(inProcess).toBeInstanceOf(StoreOpenError);
    const [a, b] = [relayed as StoreOpenError, inProcess as StoreOpenError];
    expect({ name: a.name, reason: a.reason, file: a.file, message: a.message, newestBackup: a.newestBackup }).toEqual({
      name: b.name,
      reason: b.reason,
      file: b.file,
      message: b.message,
      newestBackup: b.newestBackup,
    });
    expect(recoverableBackup(relayed)).toMatch(/\.sqlite$/);
  });

  it('keeps the single-writer rule: a second opener is refused while the worker holds the lock, and let in after close', async () => {
    const path = tempDbPath();
    const host = await openTestHost({ dbPath: path });
    const refusal = await openInProcess(path).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ name: 'StoreOpenError', reason: 'locked' });
    const second = await openTestHost({ dbPath: path }).catch((e: unknown) => e);
    expect(second).toMatchObject({ name: 'StoreOpenError', reason: 'locked' });
    expect(recoverableBackup(second)).toBeNull();
    await host.close();
    (await openInProcess(path)).close();
  });
});

describe('a crash of the worker', () => {
  it('answers every pending call and every later one with a Vietnamese INTERNAL error, and logs it', async () => {
    const logged: string[] = [];
    const host = await openCoreHost({ dbPath: null, resourcesDir: RESOURCES_DIR, worker: CRASHING_WORKER, log: (l) => logged.push(l) });
    const pending = await Promise.all([host.dispatch('units.list', {}, viewer), host.dispatch('reports.build', DECADE, viewer)]);
    for (const r of pending) {
      expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(r.ok ? '' : r.error.message).toMatch(/đã dừng đột ngột.*khởi động lại/);
    }
    expect(await host.dispatch('units.list', {}, viewer)).toEqual(pending[0]);
    expect(logged.join('\n')).toMatch(/simulated crash in the core/);
    await expect(host.close()).rejects.toThrow(/đã dừng/);
  });

  it('treats a worker that quietly exits as crashed too', async () => {
    const logged: string[] = [];
    const host = await openCoreHost({ dbPath: null, resourcesDir: RESOURCES_DIR, worker: CRASHING_WORKER, log: (l) => logged.push(l) });
    expect(await host.dispatch('exit', {}, viewer)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged).toEqual(['[core-host] the core worker exited with code 3']);
  });
});
