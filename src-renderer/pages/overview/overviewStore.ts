import { createStore } from 'solid-js/store';
import type { ApiError, ApiOutput } from '../../../src-main/contract';
import { call } from '../../lib/api';

export type Dashboard = ApiOutput<'reports.dashboard'>;

/** The overview's data (số liệu tổng quan): loaded from the core, which computes every figure. */
export function createOverviewStore() {
  const [state, setState] = createStore({ data: null as Dashboard | null, error: null as ApiError | null, loading: false });
  // A year typed while an earlier year is still loading: only the latest request may fill the page.
  let latest = 0;
  async function load(year?: number, origin = '') {
    const request = ++latest;
    setState({ loading: true, error: null });
    const r = await call('reports.dashboard', { ...(year === undefined ? {} : { year }), ...(origin ? { origin } : {}) });
    if (request !== latest) return;
    if (r.ok) setState({ data: r.data, loading: false });
    else setState({ error: r.error, loading: false });
  }
  return { state, load };
}
