/**
 * The ten-year province of about a million records (2008–2017 on top of the 2017 seed), in memory: the
 * build the reports-full and transport-stall suites (and the latter's worker) measure on; not a suite itself.
 */
import type { Core } from '../../src-main/core/app/open-core';
import { makeTestCore } from '../../test/fixtures/core';
import { entryId, entryIds } from '../../test/fixtures/seed/catalogue-ids';
import {
  bulkCommendations,
  bulkModels,
  bulkOutcomes,
  bulkRegistrations,
  bulkSessions,
  numberUnits,
} from '../../test/fixtures/seed/million.repo';
import { seedProvince2017 } from '../../test/fixtures/seed/province-2017';

/** The report every figure of the suite is measured on: all ten years, the whole province. */
export const DECADE_REPORT = { period: { kind: 'range', from: '2008-01-01', to: '2017-12-31' } } as const;

export async function millionCore(): Promise<Core> {
  const core = await makeTestCore();
  await seedProvince2017(core);
  core.env.store.write((tx) => {
    const places = numberUnits(tx, 'bench_places', ['commune', 'residential_area']);
    const kdc = numberUnits(tx, 'bench_kdc', ['residential_area']);
    bulkSessions(tx, 'bench_places', places, 500_000, '2008-01-01', 3652, entryId('KHU_DAN_CU'), entryId('TUYEN_TRUYEN'));
    bulkOutcomes(tx, 'bench_kdc', kdc, 2008, 120);
    bulkModels(tx, 'bench_kdc', kdc, 100_000, '2008-01-01', 3652, entryIds('model_type').slice(0, 7));
    bulkRegistrations(tx, [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015]);
    bulkCommendations(tx, 'bench_places', places, 2_000, 100, 2008, 10, entryIds('award_form'), entryIds('awarding_authority'));
  });
  return core;
}
