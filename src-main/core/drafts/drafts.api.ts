import { handle } from '../api/define';
import { AppError } from '../api/errors';
import { MAX_DRAFTS_PER_PAGE, draftsContract } from '../../contract/drafts/drafts.contract';
import { countDrafts, countsByPage, deleteDraft, hasDraft, listDrafts, upsertDraft } from './drafts.repo';

/** The unsaved rows of a page, to put back when its grid opens. */
export const listPageDrafts = handle(draftsContract, 'drafts.list', (ctx, { page }) => ({ drafts: listDrafts(ctx.db, page) }));

/** Keeps a row's unsaved cells; a row with no cells left is a discard. Answers the page's draft count. */
export const saveDraft = handle(draftsContract, 'drafts.save', (ctx, { page, key, cells }) => {
  if (cells.length === 0) {
    deleteDraft(ctx.db, page, key);
    return { count: countDrafts(ctx.db, page) };
  }
  if (!hasDraft(ctx.db, page, key) && countDrafts(ctx.db, page) >= MAX_DRAFTS_PER_PAGE) {
    throw new AppError(
      'VALIDATION',
      `Trang này đã có ${MAX_DRAFTS_PER_PAGE} dòng chưa lưu; hãy sửa và lưu hoặc bỏ bớt các dòng đó trước khi nhập thêm.`,
    );
  }
  upsertDraft(ctx.db, page, key, cells, ctx.now);
  return { count: countDrafts(ctx.db, page) };
});

/** Drops a draft: the clerk chose to, or its row is now saved. Dropping one that is gone is not an error. */
export const discardDraft = handle(draftsContract, 'drafts.discard', (ctx, { page, key }) => {
  deleteDraft(ctx.db, page, key);
  return { count: countDrafts(ctx.db, page) };
});

/** How many unsaved rows each page holds, for the navigation ("3 dòng chưa lưu"). */
export const draftCounts = handle(draftsContract, 'drafts.counts', (ctx) => ({ counts: countsByPage(ctx.db) }));
