import type { PageDraft } from '../../lib/dialog-draft';
import type { FormValues } from '../../lib/form-draft';

/** Which unit, whether it is retired or merged into a successor, and its version as the grid showed it. */
export interface UnitLifecycleRequest {
  mode: 'retire' | 'merge';
  id: string;
  name: string;
  version?: number;
  /** The values kept from an earlier opening (reopened from the page's list of drafts). */
  kept?: FormValues;
}

/** The drafts page of the units' retire / merge dialogs (counted under Đơn vị in the navigation). */
export const UNIT_DIALOG_DRAFTS = 'form-units';

/** One draft per unit and action: retiring a unit and merging it are two different things typed. */
export const unitDialogDraftKey = (r: Pick<UnitLifecycleRequest, 'mode' | 'id'>) => `${r.mode}.${r.id}`;

/**
 * The dialog's empty state for a unit. The unit's name and version ride along, so a draft listed on the
 * page can be named and reopened against the version its values were typed over.
 */
export function unitDialogOpened(r: UnitLifecycleRequest): FormValues {
  return {
    recordName: r.name,
    recordVersion: r.version === undefined ? '' : String(r.version),
    date: '',
    successorId: '',
    successorName: '',
  };
}

/** A listed draft as a request that reopens its dialog on the kept values; null for a key this page did not make. */
export function requestOfDraft(d: PageDraft): UnitLifecycleRequest | null {
  const [mode, id] = d.key.split('.');
  if ((mode !== 'retire' && mode !== 'merge') || !id) return null;
  const version = Number(d.values.recordVersion);
  return {
    mode,
    id,
    name: d.values.recordName ?? '',
    version: Number.isInteger(version) && version > 0 ? version : undefined,
    kept: d.values,
  };
}

/** How the page lists a draft: "Sáp nhập: Xã Tân Hưng". */
export function describeUnitDraft(d: PageDraft): string {
  const r = requestOfDraft(d);
  return `${r?.mode === 'merge' ? 'Sáp nhập' : 'Cho hết hiệu lực'}: ${d.values.recordName ?? ''}`;
}
