import { AppError, fieldError, type FieldIssue } from '../api/errors';
import type { ReadDb } from '../db/types';
import { formatVnDate } from '../../shared/vn-date';
import { UNIT_KIND_LABELS, type Unit, type UnitKind } from '../../contract/units/unit';
import type { UnitDraft } from './unit-draft';
import { findUnit, findUnitByCode } from './units.repo';

/** The day the two-tier local government began (Luật 72/2025/QH15): communes under the province. */
export const TWO_TIER_FROM = '2025-07-01';

/**
 * Which kinds a unit of each kind may hang under. Organisations may also sit under a (historical)
 * district so pre-2025 lists import as they were kept.
 */
const ALLOWED_PARENTS: Record<UnitKind, readonly UnitKind[]> = {
  province: [],
  district: ['province'],
  commune: ['district', 'province'],
  residential_area: ['commune'],
  organisation: ['commune', 'district', 'province'],
};

/** Vietnamese reason why `kind` cannot hang under `parent` (null parent = root), or null when it can. */
export function parentKindProblem(kind: UnitKind, parent: Pick<Unit, 'kind'> | null, validFrom: string | null): string | null {
  const allowed = ALLOWED_PARENTS[kind];
  if (parent === null) {
    return allowed.length === 0 ? null : `${UNIT_KIND_LABELS[kind]} phải thuộc một đơn vị cấp trên.`;
  }
  if (!allowed.includes(parent.kind)) {
    if (allowed.length === 0) return `${UNIT_KIND_LABELS[kind]} là cấp cao nhất, không thuộc đơn vị nào.`;
    return `${UNIT_KIND_LABELS[kind]} không thể trực thuộc ${UNIT_KIND_LABELS[parent.kind].toLowerCase()}.`;
  }
  if (kind === 'commune' && parent.kind === 'province' && validFrom !== null && validFrom < TWO_TIER_FROM) {
    return `Xã/phường chỉ trực thuộc tỉnh từ ${formatVnDate(TWO_TIER_FROM)} (chính quyền hai cấp); trước đó phải thuộc một huyện.`;
  }
  return null;
}

/** Problems of one unit draft, as field issues (empty when it is valid). `selfId` is set on update. */
export function unitDraftIssues(db: ReadDb, d: UnitDraft, selfId: string | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (d.validFrom && d.validUntil && d.validUntil < d.validFrom) {
    issues.push({ path: ['validUntil'], message: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.' });
  }
  if (d.code !== null) {
    const other = findUnitByCode(db, d.code);
    if (other && other.id !== selfId) issues.push({ path: ['code'], message: `Mã "${d.code}" đã dùng cho đơn vị "${other.name}".` });
  }
  const parent = d.parentId ? findUnit(db, d.parentId) : null;
  if (d.parentId && !parent) issues.push({ path: ['parentId'], message: 'Không tìm thấy đơn vị cấp trên đã chọn.' });
  else if (d.parentId === selfId && selfId !== null) issues.push({ path: ['parentId'], message: 'Đơn vị không thể trực thuộc chính nó.' });
  else {
    const problem = parentKindProblem(d.kind, parent ?? null, d.validFrom);
    if (problem) issues.push({ path: ['parentId'], message: problem });
  }
  return issues;
}

/** Throws one VALIDATION error listing every problem of the draft. */
export function assertUnitDraft(db: ReadDb, d: UnitDraft, selfId: string | null): void {
  const issues = unitDraftIssues(db, d, selfId);
  if (issues.length === 1) throw fieldError(issues[0]!.path, issues[0]!.message);
  if (issues.length > 1) throw new AppError('VALIDATION', `Dữ liệu chưa hợp lệ (${issues.length} lỗi): ${issues[0]!.message}`, issues);
}

/** A kind change must keep every existing child allowed under the unit. */
export function assertChildrenStillFit(children: readonly Pick<Unit, 'kind' | 'validFrom'>[], newKind: UnitKind): void {
  for (const child of children) {
    const problem = parentKindProblem(child.kind, { kind: newKind }, child.validFrom);
    if (problem) throw fieldError(['kind'], `Không đổi được cấp đơn vị: đơn vị trực thuộc không còn phù hợp (${problem})`);
  }
}
