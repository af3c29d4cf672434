/**
 * The whole API contract: every method's role, summary, input and output, merged from each domain's
 * contract. Pure (zod only), so the renderer, the preload and the core all read this one declaration;
 * the core binds a handler to each name and a test checks its registry has exactly these names.
 */
import type { z } from 'zod';
import { authContract } from './auth/auth.contract';
import { auditContract } from './audit/audit.contract';
import { cataloguesContract } from './catalogues/catalogues.contract';
import { certificatesContract } from './certificates/certificates.contract';
import { changesContract, type ChangesPage } from './changes/changes.contract';
import type { CallProgress } from './progress/call-progress';
import { commendationsContract } from './commendations/commendations.contract';
import { draftsContract } from './drafts/drafts.contract';
import { importsContract } from './imports/imports.contract';
import { exchangeContract } from './exchange/exchange.contract';
import type { ApiError } from './errors';
import { mergeUnique } from './method-spec';
import { modelsContract } from './models/models.contract';
import { outcomesContract } from './outcomes/outcomes.contract';
import { registrationsContract } from './registrations/registrations.contract';
import { reportsContract } from './reports/reports.contract';
import { sessionsContract } from './sessions/sessions.contract';
import { systemContract } from './system/system.contract';
import { unitsContract } from './units/units.contract';
import { usersContract } from './users/users.contract';

export type { ApiError, ErrorCode, FieldIssue } from './errors';
export type { Role, MethodRole } from './roles';
export type { Credential } from './credential';
export type { UserView } from './users/user-view';

/** Every method of the API, keyed by name; a name declared by two domains fails at load. */
export const contract = mergeUnique([
  systemContract,
  unitsContract,
  cataloguesContract,
  modelsContract,
  sessionsContract,
  outcomesContract,
  registrationsContract,
  commendationsContract,
  certificatesContract,
  reportsContract,
  changesContract,
  draftsContract,
  authContract,
  usersContract,
  importsContract,
  auditContract,
  exchangeContract,
]);

export type ApiContract = typeof contract;
export type MethodName = keyof ApiContract & string;
/** What a caller sends: the schema's input side (defaults may be left out). */
export type ApiInput<N extends MethodName> = z.input<ApiContract[N]['input']>;
/** What a caller gets back on success: the schema's output side. */
export type ApiOutput<N extends MethodName> = z.output<ApiContract[N]['output']>;
export type ApiResult<N extends MethodName> = { ok: true; data: ApiOutput<N> } | { ok: false; error: ApiError };

/**
 * What both transports expose to the renderer: one call, typed by method name. Inside Electron the
 * preload adds `onChanges`, the change feed pushed by the shell (web mode has server-sent events).
 */
export interface ApiClient {
  call<N extends MethodName>(name: N, input: ApiInput<N>): Promise<ApiResult<N>>;
  /** Calls `listener` with each page of the change feed the shell pushes; returns the unsubscribe. */
  onChanges?(listener: (page: ChangesPage) => void): () => void;
  /** Calls `listener` with the progress of this window's own long calls (a package built or applied); returns the unsubscribe. */
  onProgress?(listener: (progress: CallProgress) => void): () => void;
}
