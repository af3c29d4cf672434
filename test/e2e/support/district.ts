import type { Office } from '../../core/exchange/offices';
import { enterWork } from '../../core/exchange/offices';
import { admin, callOk, makeTestCore } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';
import { apiOk } from './api-call';
import type { WebMode } from './web-mode';

/** A district's database, made in the test: its office, the shared unit codes, a year of work. */
export async function makeDistrict(): Promise<Office> {
  const d: Office = { core: await makeTestCore(), id: 'CAH-AN', units: {} };
  await callOk(d.core, 'office.set', { id: d.id, code: '311', name: 'Công an huyện An', level: 'district', parentOfficeId: 'CAT-TN' });
  const unit = async (key: string, code: string, name: string, kind: 'province' | 'district' | 'commune', parent: string | null) => {
    const input = { code, name, kind, parentId: parent ? d.units[parent]! : null };
    d.units[key] = (await callOk(d.core, 'units.create', input, admin)).id;
  };
  await unit('P', '31', 'Tỉnh Thử Nghiệm', 'province', null);
  await unit('A', '311', 'Huyện An', 'district', 'P');
  await unit('A1', '31101', 'Xã An Một', 'commune', 'A');
  await enterWork(d, 'A1', 1);
  return d;
}

/**
 * The web app's database made the province's (CAT-TN) through the API, with the district's key
 * registered and its package applied; returns the province's district unit (Huyện An).
 */
export async function provinceWithDistrictPackage(web: WebMode, district: Office): Promise<{ districtUnit: string }> {
  const province = await apiOk(web, 'units.create', { code: '31', name: 'Tỉnh Thử Nghiệm', kind: 'province', parentId: null });
  const districtUnit = (await apiOk(web, 'units.create', { code: '311', name: 'Huyện An', kind: 'district', parentId: province.id })).id;
  await apiOk(web, 'office.set', { id: 'CAT-TN', code: '31', name: 'Công an tỉnh Thử Nghiệm', level: 'province', parentOfficeId: null });
  const own = await callOk(district.core, 'office.get', {});
  if (!own) throw new Error('the district has no office');
  const key = { id: own.id, code: own.code, name: own.name, level: own.level, publicKey: own.publicKey };
  await apiOk(web, 'offices.add', key);
  await apiOk(web, 'offices.add', { ...key, confirm: true });
  const pkg = await callOk(district.core, 'exchange.exportPackage', { to: 'CAT-TN', all: false });
  await apiOk(web, 'exchange.importPackage', { contentBase64: pkg.contentBase64, dryRun: false });
  return { districtUnit };
}

/**
 * The province's own books beside the district's: a commune of its own under Huyện An (31105, Xã Tỉnh Riêng)
 * and one session entered there, "Buổi của tỉnh" of 20/05/2017 with 40 attendees.
 */
export async function provinceOwnSession(web: WebMode, districtUnit: string): Promise<void> {
  const commune = await apiOk(web, 'units.create', { code: '31105', name: 'Xã Tỉnh Riêng', kind: 'commune', parentId: districtUnit });
  await apiOk(web, 'sessions.create', {
    heldOn: '2017-05-20',
    unitId: commune.id,
    venueKindId: entryId('KHU_DAN_CU'),
    formId: entryId('TUYEN_TRUYEN'),
    topic: 'Buổi của tỉnh',
    attendees: 40,
  });
}
