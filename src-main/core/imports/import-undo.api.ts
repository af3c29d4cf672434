import { handle, type MethodContext } from '../api/define';
import { importsContract } from '../../contract/imports/imports.contract';
import { AppError } from '../api/errors';
import { formatVnNumber } from '../../shared/vn-number';
import { importTarget, type ImportTarget } from './import-targets';
import { findImport, importedRecords, lastImport, markUndone } from './imports.repo';

/** Rows quoted when records were edited since the import; the rest are counted. */
const SHOWN_LINES = 10;

/**
 * Removes exactly the records an import created, in one transaction: a kind's records a few statements
 * at a time (what its delete method does to each), models and recipients through their delete method. Refused when any of them was edited since (its version moved): the edit would be lost.
 * A record deleted since is simply no longer there.
 */
export const undoImport = handle(importsContract, 'imports.undo', (ctx, { importId }) => {
  const stored = findImport(ctx.db, importId);
  if (!stored) throw new AppError('NOT_FOUND', 'Không tìm thấy lần nhập này; có thể tệp dữ liệu đã được khôi phục từ bản sao lưu cũ.');
  if (stored.undoneAt) throw new AppError('CONFLICT', 'Lần nhập này đã được hoàn tác rồi.');
  const target = importTarget(stored.kind);
  const records = importedRecords(ctx.db, importId, target.table);
  const edited = records
    .filter((r) => r.version !== 1)
    .map((r) => r.line)
    .sort((a, b) => a - b);
  if (edited.length > 0) {
    const lines = edited
      .slice(0, SHOWN_LINES)
      .map((l) => formatVnNumber(l))
      .join(', ');
    const more = edited.length > SHOWN_LINES ? ` và ${edited.length - SHOWN_LINES} dòng khác` : '';
    throw new AppError(
      'CONFLICT',
      `Không hoàn tác được lần nhập này: ${edited.length} ${target.noun} đã được sửa sau khi nhập (dòng ${lines}${more} của tệp). ` +
        'Hoàn tác sẽ làm mất các sửa đổi đó; nếu vẫn muốn bỏ, hãy xoá từng bản ghi trên trang.',
    );
  }
  if (target.removeMany) removeAll(ctx, target.removeMany, records);
  else removeEach(ctx, target, records);
  markUndone(ctx.db, importId, ctx.now);
  ctx.env.changes?.record(target.feed, null);
  return { removed: records.length };
});

/** The import's records deleted a few statements at a time; a refusal (a record referred to) undoes nothing. */
function removeAll(ctx: MethodContext, removeMany: NonNullable<ImportTarget['removeMany']>, records: readonly { id: string }[]): void {
  try {
    removeMany(
      ctx,
      records.map((r) => r.id),
    );
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('CONFLICT', 'Không hoàn tác được: một bản ghi của lần nhập này đang được bản ghi khác dùng. Không có gì thay đổi.');
  }
}

/** The import's records deleted one by one through the kind's own delete method (its rules included). */
function removeEach(ctx: MethodContext, target: ImportTarget, records: readonly { id: string; line: number }[]): void {
  for (const r of records) {
    try {
      // Delete methods are synchronous and run in this call's transaction; a refusal rolls back the whole undo.
      void target.remove.handler(ctx, target.removeInput(r.id));
    } catch (err) {
      if (err instanceof AppError)
        throw new AppError(err.code, `Không hoàn tác được (dòng ${formatVnNumber(r.line)} của tệp): ${err.message}`);
      throw err;
    }
  }
}

/** The newest import of a kind (and decision) not undone, for the page's undo offer. */
export const lastImportMethod = handle(importsContract, 'imports.last', (ctx, { kind, decisionId }) => {
  const found = lastImport(ctx.db, kind, kind === 'recipients' ? (decisionId ?? null) : null);
  if (!found) return { last: null };
  const { undoneAt: _open, ...last } = found;
  return { last };
});
