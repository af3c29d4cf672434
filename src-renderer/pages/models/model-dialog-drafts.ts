import type { PageDraft } from '../../lib/dialog-draft';
import type { FormValues } from '../../lib/form-draft';

/** The drafts page of the models' status dialog (counted under Mô hình in the navigation). */
export const MODEL_DIALOG_DRAFTS = 'form-models';

/** A model whose status is being changed, its version as the grid showed it, and values kept from before. */
export interface ModelStatusRequest {
  id: string;
  name: string;
  version?: number;
  /** The values kept from an earlier opening (reopened from the page's list of drafts). */
  kept?: FormValues;
}

export const modelDialogDraftKey = (r: Pick<ModelStatusRequest, 'id'>) => `status.${r.id}`;

/**
 * The dialog's empty state for a model. Its name and version ride along, so a draft listed on the page
 * can be named and reopened against the version its values were typed over.
 */
export function modelDialogOpened(r: ModelStatusRequest): FormValues {
  return { recordName: r.name, recordVersion: r.version === undefined ? '' : String(r.version), status: 'suspended', date: '', note: '' };
}

/** A listed draft as a request that reopens the dialog on the kept values; null for a key this page did not make. */
export function requestOfModelDraft(d: PageDraft): ModelStatusRequest | null {
  const [kind, id] = d.key.split('.');
  if (kind !== 'status' || !id) return null;
  const version = Number(d.values.recordVersion);
  return { id, name: d.values.recordName ?? '', version: Number.isInteger(version) && version > 0 ? version : undefined, kept: d.values };
}

export const describeModelDraft = (d: PageDraft) => `Đổi trạng thái: ${d.values.recordName ?? ''}`;
