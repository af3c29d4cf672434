import type { FieldIssue } from '../api/errors';
import type { WriteTx } from '../db/types';
import type { UnitDraft } from './unit-draft';
import type { ImportColumn } from './unit-import.columns';
import { rowIssue, type ImportRow } from './unit-import.rows';
import { unitDraftIssues } from './unit.rules';
import { findUnitByCode, insertUnit } from './units.repo';

/** Where an issue of unitDraftIssues lands in the file. */
const DRAFT_PATH_TO_COLUMN: Record<string, ImportColumn> = {
  code: 'code',
  parentId: 'parentCode',
  validUntil: 'validUntil',
  validFrom: 'validFrom',
};

export interface ImportContext {
  tx: WriteTx;
  newId(): string;
  now: string;
}

/**
 * Inserts the rows parents first (a parent may come later in the file or already exist), checking
 * each with the same rules as units.create. Returns every problem found; the caller rolls the whole
 * transaction back when there is any, so nothing is half-imported.
 */
export function insertImportRows(
  ctx: ImportContext,
  rows: readonly ImportRow[],
  rejectedCodes: ReadonlyMap<string, number>,
): { created: number; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const { byCode, failed } = indexCodes(ctx, rows, issues);
  const ids = new Map<ImportRow, string>();
  let pending = rows.filter((r) => !failed.has(r));
  // Each pass inserts the rows whose parent is settled; the unit tree is at most five levels deep.
  while (pending.length > 0) {
    const next: ImportRow[] = [];
    for (const row of pending) {
      const parent = row.parentCode === null ? undefined : byCode.get(row.parentCode);
      const rejectedLine = row.parentCode === null || parent ? undefined : rejectedCodes.get(row.parentCode);
      const badParentLine = parent && failed.has(parent) ? parent.line : rejectedLine;
      if (badParentLine !== undefined) {
        issues.push(rowIssue(row.line, 'parentCode', `đơn vị cấp trên (dòng ${badParentLine}) có lỗi nên dòng này chưa nhập được.`));
        failed.add(row);
      } else if (parent && !ids.has(parent)) next.push(row);
      else {
        const id = insertRow(ctx, row, parent ? ids.get(parent) : undefined, issues);
        if (id === null) failed.add(row);
        else ids.set(row, id);
      }
    }
    if (next.length === pending.length) {
      for (const row of next) issues.push(rowIssue(row.line, 'parentCode', 'các dòng lấy nhau làm cấp trên theo vòng tròn.'));
      break;
    }
    pending = next;
  }
  return { created: ids.size, issues };
}

/**
 * The file's rows by code, refusing a code used twice in the file or already in the database. A row
 * so refused is not indexed, so children naming that code get the stored unit.
 */
function indexCodes(ctx: ImportContext, rows: readonly ImportRow[], issues: FieldIssue[]) {
  const byCode = new Map<string, ImportRow>();
  const failed = new Set<ImportRow>();
  for (const row of rows) {
    if (row.code === null) continue;
    const first = byCode.get(row.code);
    const existing = first ? undefined : findUnitByCode(ctx.tx, row.code);
    if (first) issues.push(rowIssue(row.line, 'code', `mã "${row.code}" trùng với dòng ${first.line}.`));
    else if (existing) issues.push(rowIssue(row.line, 'code', `mã "${row.code}" đã dùng cho đơn vị "${existing.name}".`));
    else {
      byCode.set(row.code, row);
      continue;
    }
    failed.add(row);
  }
  return { byCode, failed };
}

/** Inserts one row under its resolved parent; returns the new id, or null after recording its problems. */
function insertRow(ctx: ImportContext, row: ImportRow, parentId: string | undefined, issues: FieldIssue[]): string | null {
  let resolvedParent: string | null = parentId ?? null;
  if (row.parentCode !== null && parentId === undefined) {
    const existing = findUnitByCode(ctx.tx, row.parentCode);
    if (!existing) {
      issues.push(
        rowIssue(row.line, 'parentCode', `không tìm thấy đơn vị có mã "${row.parentCode}" trong tệp hoặc trong danh sách đơn vị.`),
      );
      return null;
    }
    resolvedParent = existing.id;
  }
  const draft: UnitDraft = { ...row, parentId: resolvedParent };
  const problems = unitDraftIssues(ctx.tx, draft, null);
  for (const p of problems) {
    const column = DRAFT_PATH_TO_COLUMN[String(p.path[0])] ?? 'name';
    issues.push(rowIssue(row.line, column, lowerFirst(p.message)));
  }
  if (problems.length > 0) return null;
  const id = ctx.newId();
  insertUnit(ctx.tx, id, draft, ctx.now);
  return id;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
