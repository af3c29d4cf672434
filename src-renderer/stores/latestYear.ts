import { call } from '../lib/api';

/**
 * The year a screen opens on: the latest year with recorded data (reports.latestYear), so an office
 * entering past years sees its figures at once; the current year when the core cannot say.
 */
export async function loadLatestYear(): Promise<number> {
  const r = await call('reports.latestYear', {});
  return r.ok ? r.data.year : new Date().getFullYear();
}
