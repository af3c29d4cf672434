import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, callOk, viewer } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';
import { enterWork, exportTo, importInto, makeOffices, type Office } from './offices';

/**
 * Issue 13 item 4 on the lists: at the province, every travelling kind's list names each record's
 * office the same way (id, name, whether it is another office's) and filters by it.
 */
let province: Office;
let a: Office;
let b: Office;

const LISTS = ['models.list', 'sessions.list', 'outcomes.list', 'registrations.list'] as const;
type ListName = (typeof LISTS)[number];

interface OriginRow {
  originOfficeId: string | null;
  originOfficeName: string | null;
  fromOtherOffice: boolean;
}

async function rows(o: Office, name: ListName, filters: Record<string, string> = {}): Promise<OriginRow[]> {
  return (await callOk(o.core, name, { offset: 0, limit: 200, filters }, viewer)).rows;
}

beforeAll(async () => {
  ({ province, a, b } = await makeOffices());
  await enterWork(a, 'A1', 1);
  await enterWork(b, 'B1', 2);
  // The province's own work, in a commune only it has.
  const commune = { code: '31103', name: 'Xã An Ba', kind: 'commune' as const, parentId: province.units.A! };
  province.units.A3 = (await callOk(province.core, 'units.create', commune, admin)).id;
  await enterWork(province, 'A3', 3);
  for (const d of [a, b]) {
    const r = await importInto(province, await exportTo(d, province.id));
    if (!r.ok) throw new Error(r.error.message);
  }
}, 60_000);
afterAll(() => [province, a, b].forEach((o) => o.core.close()));

describe('the origin of each record in every travelling list', () => {
  it.each(LISTS)('%s gives every row its office id, its name and whether it is another office', async (name) => {
    const all = await rows(province, name);
    const byOffice = new Map(all.map((r) => [r.originOfficeId, r]));
    expect([...byOffice.keys()].sort()).toEqual([a.id, b.id, province.id].sort());
    expect(byOffice.get(province.id)).toMatchObject({ originOfficeName: 'Công an tỉnh Thử Nghiệm', fromOtherOffice: false });
    expect(byOffice.get(a.id)).toMatchObject({ originOfficeName: 'Công an huyện An', fromOtherOffice: true });
    expect(byOffice.get(b.id)).toMatchObject({ originOfficeName: 'Công an huyện Bình', fromOtherOffice: true });
  });

  it.each(LISTS)("%s at the sending district names the district's own records as its own, not another office's", async (name) => {
    const own = await rows(a, name);
    expect(own.length).toBeGreaterThan(0);
    for (const r of own)
      expect(r).toEqual(expect.objectContaining({ originOfficeId: a.id, originOfficeName: 'Công an huyện An', fromOtherOffice: false }));
  });

  it.each(LISTS)('%s filters own records, other offices’ records, or one office’s', async (name) => {
    const all = await rows(province, name);
    const own = await rows(province, name, { origin: 'own' });
    const other = await rows(province, name, { origin: 'other' });
    const onlyA = await rows(province, name, { origin: a.id });
    const ownById = await rows(province, name, { origin: province.id });
    expect(own.length + other.length).toBe(all.length);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => !r.fromOtherOffice)).toBe(true);
    expect(other.every((r) => r.fromOtherOffice)).toBe(true);
    expect(onlyA.length).toBeGreaterThan(0);
    expect(onlyA.every((r) => r.originOfficeId === a.id)).toBe(true);
    expect(ownById).toEqual(own);
    expect(await rows(province, name, { origin: 'CAH-KHONG-CO' })).toEqual([]);
  });

  it.each(LISTS)('%s refuses an origin filter that is neither own, other nor an office id', async (name) => {
    const r = await province.core.call(name, { offset: 0, limit: 10, filters: { origin: "x' OR 1=1 --" } }, viewer);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.issues?.[0]?.path).toEqual(['filters', 'origin']);
    }
  });

  it('combines the origin filter with the others (a model type at the province, district A only)', async () => {
    const models = await callOk(
      province.core,
      'models.list',
      { offset: 0, limit: 50, typeId: entryId('TIENG_KENG'), filters: { origin: a.id } },
      viewer,
    );
    expect(models.total).toBe(1);
    expect(models.rows[0]).toMatchObject({ name: 'Tiếng kẻng A1', originOfficeName: 'Công an huyện An' });
    const sessions = await callOk(
      province.core,
      'sessions.list',
      { offset: 0, limit: 50, search: 'phong chong', filters: { origin: 'own' } },
      viewer,
    );
    expect(sessions.total).toBe(3);
  });

  it('shows the read-only flag on a single record too (get), as the side panel reads it', async () => {
    const session = (await rows(province, 'sessions.list', { origin: b.id }))[0] as OriginRow & { id: string };
    const got = await callOk(province.core, 'sessions.get', { id: session.id }, viewer);
    expect(got).toMatchObject({ originOfficeId: b.id, originOfficeName: 'Công an huyện Bình', fromOtherOffice: true });
  });
});
