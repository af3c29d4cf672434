import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangesPage } from '../../../src-main/contract/changes/changes.contract';
import { relayChanges } from '../../../src-main/core/api/change-relay';
import type { CoreHost } from '../../../src-main/core/host/core-host';
import { admin } from '../../fixtures/core';
import { openTestHost } from '../../fixtures/core-host';

/** Resolves once `check` holds for the pages delivered so far (the push has no fixed delay to wait out). */
async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('the change feed was not pushed in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const idsOf = (pages: ChangesPage[], kind: string) =>
  pages.flatMap((p) => p.changes.filter((c) => c.kind === kind).flatMap((c) => c.ids ?? []));

describe('the change feed pushed from the core worker (Electron windows hear saves without polling)', () => {
  let host: CoreHost;
  beforeAll(async () => {
    host = await openTestHost();
  });
  afterAll(async () => {
    await host.close();
  });

  it('tells the host of each write the feed records, and of nothing else', async () => {
    let notices = 0;
    const stop = host.onChanged(() => notices++);
    await host.call('units.list', {}, admin);
    expect(notices).toBe(0);
    await host.call('units.create', { name: 'Tỉnh Nam Định', kind: 'province', parentId: null }, admin);
    await until(() => notices === 1);
    stop();
  });

  it('relays each save as a page of changes with its id, and not what was saved before it started', async () => {
    const before = await host.call('units.create', { name: 'Tỉnh Thái Bình', kind: 'province', parentId: null }, admin);
    const pages: ChangesPage[] = [];
    const stop = relayChanges(
      host,
      (p) => pages.push(p),
      () => admin,
    );
    await new Promise((r) => setTimeout(r, 50));
    const saved: string[] = [];
    for (const name of ['Xã Một', 'Xã Hai', 'Xã Ba']) {
      const r = await host.call('units.create', { name, kind: 'province', parentId: null }, admin);
      if (r.ok) saved.push(r.data.id);
    }
    await until(() => saved.every((id) => idsOf(pages, 'units').includes(id)));
    expect(saved).toHaveLength(3);
    expect(idsOf(pages, 'units')).not.toContain(before.ok ? before.data.id : '');
    expect(pages.every((p) => !p.reset && p.changes.length > 0)).toBe(true);
    stop();
  });
});
