import type { ReadDb, WriteTx } from '../db/types';
import { DraftCell, type Draft, type DraftCount } from '../../contract/drafts/drafts.contract';

interface DraftRow {
  draft_key: string;
  cells: string;
  updated_at: string;
}

/** A page's drafts in the order they were first kept, so restored rows come back where they were. */
export function listDrafts(db: ReadDb, page: string): Draft[] {
  const rows = db.all<DraftRow>('SELECT draft_key, cells, updated_at FROM drafts WHERE page = $page ORDER BY created_at, rowid', {
    $page: page,
  });
  return rows.map((r) => ({ key: r.draft_key, cells: parseCells(r.cells), updatedAt: r.updated_at }));
}

/** Cells stored by an older build, or edited by hand, that no longer read as cells are dropped, not fatal. */
function parseCells(json: string): DraftCell[] {
  try {
    const parsed: unknown = JSON.parse(json);
    const ok = DraftCell.array().safeParse(parsed);
    return ok.success ? ok.data : [];
  } catch {
    return [];
  }
}

export function countDrafts(db: ReadDb, page: string): number {
  return db.get<{ n: number }>('SELECT COUNT(*) AS n FROM drafts WHERE page = $page', { $page: page })?.n ?? 0;
}

export function hasDraft(db: ReadDb, page: string, key: string): boolean {
  return db.get('SELECT 1 AS one FROM drafts WHERE page = $page AND draft_key = $key', { $page: page, $key: key }) !== undefined;
}

export function countsByPage(db: ReadDb): DraftCount[] {
  return db.all<{ page: string; n: number }>('SELECT page, COUNT(*) AS n FROM drafts GROUP BY page ORDER BY page').map((r) => ({
    page: r.page,
    count: r.n,
  }));
}

/** Keeps a draft, replacing the cells of one with the same key; its first time stays (its place in the list). */
export function upsertDraft(tx: WriteTx, page: string, key: string, cells: readonly DraftCell[], now: string): void {
  tx.run(
    `INSERT INTO drafts (page, draft_key, cells, created_at, updated_at) VALUES ($page, $key, $cells, $now, $now)
     ON CONFLICT(page, draft_key) DO UPDATE SET cells = $cells, updated_at = $now`,
    { $page: page, $key: key, $cells: JSON.stringify(cells), $now: now },
  );
}

export function deleteDraft(tx: WriteTx, page: string, key: string): void {
  tx.run('DELETE FROM drafts WHERE page = $page AND draft_key = $key', { $page: page, $key: key });
}
