import { createStore } from 'solid-js/store';
import type { ApiError, ApiInput, ApiOutput } from '../../../src-main/contract';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/download';

export type Report = ApiOutput<'reports.build'>;
export type ReportRequest = ApiInput<'reports.build'>;
export interface ScopeOption {
  id: string;
  name: string;
  level: number;
}

/** The reports page's state: the chosen report, the scopes to choose from, and export progress. */
export function createReportsStore() {
  const [state, setState] = createStore({
    report: null as Report | null,
    scopes: [] as ScopeOption[],
    error: null as ApiError | null,
    busy: '' as '' | 'build' | 'xlsx' | 'pdf',
    exported: '',
  });

  /** The province and the units directly under it that exist at `asOf` (the scopes a report can take). */
  async function loadScopes(asOf: string) {
    const roots = await call('units.children', { parentId: null, asOf });
    if (!roots.ok) return setState('error', roots.error);
    const province = roots.data.rows.find((u) => u.kind === 'province');
    if (!province) return setState('scopes', []);
    const children = await call('units.children', { parentId: province.id, asOf, kinds: ['district', 'commune'] });
    const under = children.ok ? children.data.rows.map((u) => ({ id: u.id, name: u.name, level: 1 })) : [];
    setState('scopes', [{ id: province.id, name: province.name, level: 0 }, ...under]);
  }

  async function build(req: ReportRequest) {
    setState({ busy: 'build', error: null, exported: '' });
    const r = await call('reports.build', req);
    if (r.ok) setState({ report: r.data, busy: '' });
    else setState({ error: r.error, busy: '' });
  }

  async function exportFile(kind: 'xlsx' | 'pdf', req: ApiInput<'reports.exportXlsx'>) {
    setState({ busy: kind, error: null, exported: '' });
    const r = kind === 'xlsx' ? await call('reports.exportXlsx', req) : await call('reports.exportPdf', req);
    if (!r.ok) return setState({ error: r.error, busy: '' });
    downloadBase64(r.data.base64, r.data.fileName, r.data.mimeType);
    setState({ busy: '', exported: r.data.fileName });
  }

  return { state, loadScopes, build, exportFile };
}
