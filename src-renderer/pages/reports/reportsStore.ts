import { createStore } from 'solid-js/store';
import type { ApiError, ApiInput, ApiOutput } from '../../../src-main/contract';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/download';
import { can } from '../../lib/permissions';
import type { ReportHeader } from './header-form';

export type Report = ApiOutput<'reports.build'>;
export type ReportRequest = ApiInput<'reports.build'>;
export interface ScopeOption {
  id: string;
  name: string;
  level: number;
}

export type ExportKind = 'xlsx' | 'pdf' | 'docx';
const EXPORTS = { xlsx: 'reports.exportXlsx', pdf: 'reports.exportPdf', docx: 'reports.exportDocx' } as const;

/** The reports page's state: the chosen report, the scopes to choose from, and export progress. */
export function createReportsStore() {
  const [state, setState] = createStore({
    report: null as Report | null,
    scopes: [] as ScopeOption[],
    error: null as ApiError | null,
    busy: '' as '' | 'build' | ExportKind,
    exported: '',
    header: null as ReportHeader | null,
    headerSaved: false,
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
    const [r, h] = await Promise.all([call('reports.build', req), call('reports.header.get', req)]);
    if (!r.ok) return setState({ error: r.error, busy: '' });
    setState({ report: r.data, busy: '', header: h.ok ? h.data.header : null, headerSaved: h.ok && h.data.saved });
    if (!h.ok) setState('error', h.error);
  }

  /**
   * Saves the header with the report (a viewer, who may not save, is not asked to and still gets the
   * file) and exports the report with it. Answers whether the header was saved (its draft can go).
   */
  async function exportFile(kind: ExportKind, req: ReportRequest, header: ReportHeader): Promise<boolean> {
    setState({ busy: kind, error: null, exported: '' });
    if (can('edit')) {
      const saved = await call('reports.header.save', { ...req, header });
      if (!saved.ok) return (setState({ error: saved.error, busy: '' }), false);
      setState('headerSaved', true);
    }
    const r = await call(EXPORTS[kind], { ...req, header });
    if (!r.ok) setState({ error: r.error, busy: '' });
    else {
      downloadBase64(r.data.base64, r.data.fileName, r.data.mimeType);
      setState({ busy: '', exported: r.data.fileName });
    }
    return can('edit');
  }

  return { state, loadScopes, build, exportFile };
}
