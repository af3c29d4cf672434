import { call } from '../../lib/api';
import type { ApiError, ApiInput, ApiOutput, ApiResult, MethodName } from '../../../src-main/contract';
import type { GridSource } from '../../components/grid/types';
import { asGridResult, count, optionalId, text, type FieldSpec } from '../../stores/cell-fields';

export type Decision = ApiOutput<'commendations.getDecision'>;
export type DecisionInput = ApiInput<'commendations.createDecision'>;
export type HistoryResult = ApiOutput<'commendations.recipientHistory'>;
export type PasteResult = ApiOutput<'commendations.pasteRecipients'>;
export type Preflight = ApiOutput<'certificates.preflight'>;
export type PrintMode = 'full' | 'overlay';
export type LayoutInfo = ApiOutput<'certificates.layouts'>[number];

/** A call's data, or its Vietnamese error message and per-field issues (and, for a stale save, the record as it is now). */
export type Outcome<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; issues?: { path: (string | number)[]; message: string }[]; code?: ApiError['code']; current?: unknown };

async function run<N extends MethodName>(name: N, input: ApiInput<N>): Promise<Outcome<ApiOutput<N>>> {
  const r: ApiResult<N> = await call(name, input);
  return r.ok
    ? { ok: true, data: r.data }
    : { ok: false, message: r.error.message, issues: r.error.issues, code: r.error.code, current: r.error.current };
}

/** `origin`: '' for every office's, else 'own', 'other' or one office's id (the "Nguồn" filter). */
export const listDecisions = (search: string, origin = '') =>
  run('commendations.listDecisions', { search, limit: 200, filters: origin ? { origin } : {} });
export const getDecision = (id: string) => run('commendations.getDecision', { id });
export const createDecision = (input: DecisionInput) => run('commendations.createDecision', input);
/** `expectedVersion`: the version the form opened on; a save over a newer one is refused (CONFLICT). */
export const updateDecision = (id: string, input: DecisionInput, expectedVersion?: number) =>
  run('commendations.updateDecision', { ...input, id, expectedVersion });
export const deleteDecision = (id: string, expectedVersion?: number) => run('commendations.deleteDecision', { id, expectedVersion });
export const pasteRecipients = (decisionId: string, pasted: string) => run('commendations.pasteRecipients', { decisionId, text: pasted });
export const moveRecipient = (id: string, direction: 'up' | 'down', expectedVersion?: number) =>
  run('commendations.moveRecipient', { id, direction, expectedVersion });
export const assignNumbers = (decisionId: string) => run('commendations.assignRegistryNumbers', { decisionId });
export const recipientHistory = (input: ApiInput<'commendations.recipientHistory'>) => run('commendations.recipientHistory', input);
/** `recipientIds`: only these recipients (the rows selected in the grid); absent: the whole decision. */
export const preflight = (decisionId: string, mode: PrintMode, recipientIds?: string[]) =>
  run('certificates.preflight', { decisionId, mode, recipientIds });
export const startPrint = (decisionId: string, mode: PrintMode, allowOverflow: boolean, recipientIds?: string[]) =>
  run('certificates.start', { decisionId, mode, allowOverflow, recipientIds });
export const printProgress = (jobId: string) => run('certificates.progress', { jobId });
/** A finished batch's PDF: its parts fetched in turn and joined (whole multiples of 3 bytes, so their base64 joins). */
export async function printResult(jobId: string): Promise<Outcome<ApiOutput<'certificates.render'>>> {
  const parts: string[] = [];
  for (let offset = 0; ;) {
    const r = await run('certificates.result', { jobId, offset });
    if (!r.ok) return r;
    parts.push(r.data.base64);
    if (r.data.next === null) return { ok: true, data: { base64: parts.join(''), pages: r.data.pages, fileName: r.data.fileName } };
    offset = r.data.next;
  }
}
export const markPrinted = (decisionId: string, printedOn: string, recipientIds?: string[]) =>
  run('certificates.markPrinted', { decisionId, printedOn, recipientIds });
export const annex = (decisionId: string, format: 'pdf' | 'xlsx') => run('certificates.annex', { decisionId, format });
export const layouts = () => run('certificates.layouts', {});
export const setOffsets = (layoutId: string, x: number, y: number) => run('certificates.setOffsets', { layoutId, x, y });
export const calibration = (layoutId: string) => run('certificates.calibration', { layoutId });
export const emblem = () => run('certificates.emblem', {});
export const setEmblem = (base64: string) => run('certificates.setEmblem', { base64 });
export const clearEmblem = () => run('certificates.clearEmblem', {});

// What a row sends: the core gives the id (a create refuses one).
type RecipientFields = Omit<ApiInput<'commendations.addRecipient'>, 'decisionId' | 'unitId' | 'id'>;
const kind = (v: string | number | null) => (v === 'collective' ? 'collective' : 'individual') as RecipientFields['kind'];
const gender = (v: string | number | null) => (v === 'male' || v === 'female' ? v : null);
const spec: FieldSpec<RecipientFields> = {
  kind,
  name: text,
  gender,
  birthYear: count,
  position: text,
  unitName: text,
  achievement: text,
  // An empty cell is no reason: the core refuses a second Kỷ niệm chương without one (admins only).
  medalOverrideReason: (v) => text(v) || null,
};

function readCells<T extends object>(values: Record<string, string | number | null>, fields: FieldSpec<T>, all: boolean): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T & string)[]) {
    if (all || key in values) out[key] = fields[key](values[key] ?? null);
  }
  return out;
}

/**
 * The recipient of an add or an update, as the grid reads a write's answer: the saved row itself (its
 * id and version), without the warnings the grid does not show.
 */
function savedRecipient(r: Awaited<ReturnType<typeof call<'commendations.updateRecipient'>>>) {
  return asGridResult(r.ok ? { ok: true, data: r.data.recipient } : r);
}

/** The recipients of one decision (danh sách được khen) for the data-entry grid. */
export function recipientsSource(decisionId: string): GridSource {
  return {
    list: async (q) => asGridResult(await call('commendations.listRecipients', { ...q, decisionId })),
    update: async (id, patch, expectedVersion) =>
      savedRecipient(await call('commendations.updateRecipient', { ...readCells(patch, spec, false), id, expectedVersion })),
    create: async (values) => {
      const fields = readCells(values, spec, true) as RecipientFields;
      return savedRecipient(await call('commendations.addRecipient', { ...fields, unitId: optionalId(null), decisionId }));
    },
    remove: async (id, expectedVersion) => asGridResult(await call('commendations.deleteRecipient', { id, expectedVersion })),
    live: 'commendations',
  };
}
