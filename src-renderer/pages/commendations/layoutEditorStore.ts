import { call } from '../../lib/api';
import type { ApiInput, ApiOutput, ApiResult, MethodName } from '../../../src-main/contract';
import type { Outcome } from './commendationsStore';

export type LayoutFields = ApiOutput<'certificates.layoutFields'>;
export type EditorField = LayoutFields['fields'][number];
export type Placement = EditorField['placement'];
export type LayoutPreview = ApiOutput<'certificates.layoutPreview'>;
export type DecisionLayout = ApiOutput<'certificates.decisionLayout'>;

async function run<N extends MethodName>(name: N, input: ApiInput<N>): Promise<Outcome<ApiOutput<N>>> {
  const r: ApiResult<N> = await call(name, input);
  return r.ok ? { ok: true, data: r.data } : { ok: false, message: r.error.message, issues: r.error.issues };
}

export const layoutFields = (layoutId: string) => run('certificates.layoutFields', { layoutId });
export const saveLayoutFields = (input: ApiInput<'certificates.saveLayoutFields'>) => run('certificates.saveLayoutFields', input);
export const layoutPreview = (input: ApiInput<'certificates.layoutPreview'>) => run('certificates.layoutPreview', input);
export const decisionLayout = (decisionId: string) => run('certificates.decisionLayout', { decisionId });
export const setDecisionLayout = (decisionId: string, layoutId: string | null) =>
  run('certificates.setDecisionLayout', { decisionId, layoutId });
