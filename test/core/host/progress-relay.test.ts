import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credential } from '../../../src-main/contract/credential';
import type { CallProgress } from '../../../src-main/contract/progress/call-progress';
import type { CoreHost } from '../../../src-main/core/host/core-host';
import { relayOwnProgress } from '../../../src-main/web/progress-relay';
import { admin, viewer } from '../../fixtures/core';
import { hostSessions, openTestHost } from '../../fixtures/core-host';
import { entryId } from '../../fixtures/seed/catalogue-ids';

/**
 * Issue 13 item 6 across the thread boundary: the core's thread is busy with an export, yet its
 * progress reaches the host while it runs, named with the credential of the call that runs, and a tab's
 * stream passes on only its own calls' reports.
 */
describe('progress of a running call, relayed by the host', () => {
  let host: CoreHost;
  let onHost: (who: Credential) => Credential;
  beforeAll(async () => {
    host = await openTestHost();
    onHost = await hostSessions(host);
    const ok = async <T>(r: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>): Promise<T> => {
      const a = await r;
      if (!a.ok) throw new Error(a.error.message);
      return a.data;
    };
    await ok(
      host.call('office.set', { id: 'CAH-AN', code: '311', name: 'Công an huyện An', level: 'district', parentOfficeId: 'CAT-TN' }, admin),
    );
    const province = await ok(host.call('units.create', { code: '31', name: 'Tỉnh Thử Nghiệm', kind: 'province', parentId: null }, admin));
    const district = await ok(host.call('units.create', { code: '311', name: 'Huyện An', kind: 'district', parentId: province.id }, admin));
    const unit = await ok(host.call('units.create', { code: '31101', name: 'Xã An Một', kind: 'commune', parentId: district.id }, admin));
    for (let i = 1; i <= 30; i++) {
      const input = {
        heldOn: '2017-03-01',
        unitId: unit.id,
        venueKindId: entryId('KHU_DAN_CU'),
        formId: entryId('TUYEN_TRUYEN'),
        topic: `Buổi ${i}`,
      };
      await ok(host.call('sessions.create', input, admin));
    }
  }, 60_000);
  afterAll(() => host.close());

  it("hears the export's reports before its answer, each with the exporting caller's credential", async () => {
    const heard: { who: Credential; p: CallProgress }[] = [];
    const stop = host.onProgress((who, p) => heard.push({ who, p }));
    // A viewer's call queued behind the export: the reports are still the export's caller's.
    const [exported] = await Promise.all([
      host.call('exchange.exportPackage', { to: 'CAT-TN', all: true }, admin),
      host.call('units.list', {}, onHost(viewer)),
    ]);
    stop();
    expect(exported.ok).toBe(true);
    expect(heard.length).toBeGreaterThan(1);
    expect(heard.every((h) => h.who === admin)).toBe(true);
    expect(heard.at(-1)?.p).toEqual({ method: 'exchange.exportPackage', label: 'Ghi bản ghi vào gói', done: 30, total: 30 });
  });

  it("gives a tab's stream only the reports of its own calls", async () => {
    const mine: CallProgress[] = [];
    const theirs: CallProgress[] = [];
    const viewerSession = onHost(viewer);
    const stopMine = relayOwnProgress(host, admin, (p) => mine.push(p));
    const stopTheirs = relayOwnProgress(host, viewerSession, (p) => theirs.push(p));
    const nobody = relayOwnProgress(host, { kind: 'anonymous' }, () => {
      throw new Error('an anonymous stream hears nothing');
    });
    const r = await host.call('exchange.exportPackage', { to: 'CAT-TN', all: true }, admin);
    [stopMine, stopTheirs, nobody].forEach((stop) => stop());
    expect(r.ok).toBe(true);
    expect(mine.at(-1)?.done).toBe(30);
    expect(theirs).toEqual([]);
  });
});
