import { fieldError } from '../api/errors';
import { assertCatalogueEntry } from '../catalogues';
import type { ReadDb } from '../db/types';
import { assertUnitValidOn } from '../units';
import { assertNotFuture, runChecks, securityModelExists, unchanged } from '../records';
import type { SessionFields } from '../../contract/sessions/session.kind';

/**
 * The checks of a session against stored data: the unit existed on the day, the catalogue entries are
 * live, the model exists. On an edit, a value the record already had is not re-checked, so a session
 * keeps a venue kind retired since (only a change must pick a live entry).
 */
export function checkSession(db: ReadDb, next: SessionFields, stored: SessionFields | null, now: string): void {
  const unitMoved = !unchanged(stored, next, 'unitId');
  runChecks([
    () => assertNotFuture(next.heldOn, now, ['heldOn'], 'Ngày tổ chức'),
    () => {
      if (unitMoved || !unchanged(stored, next, 'heldOn'))
        assertUnitValidOn(db, next.unitId, next.heldOn, [unitMoved ? 'unitId' : 'heldOn']);
    },
    () =>
      assertCatalogueEntry(db, 'venue_kind', next.venueKindId, ['venueKindId'], { allowRetired: unchanged(stored, next, 'venueKindId') }),
    () => assertCatalogueEntry(db, 'session_form', next.formId, ['formId'], { allowRetired: unchanged(stored, next, 'formId') }),
    () => {
      if (next.modelId !== null && !unchanged(stored, next, 'modelId') && !securityModelExists(db, next.modelId)) {
        throw fieldError(['modelId'], 'Không tìm thấy mô hình đã chọn; có thể nó đã bị xoá.');
      }
    },
  ]);
}
