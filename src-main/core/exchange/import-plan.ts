import { AppError } from '../api/errors';
import type { ReadDb } from '../db/types';
import type { VerifiedPackage } from './package-read.repo';
import { planReferences, type RefPlan } from './refs-match.repo';
import { targetsOfPackage } from './targets';
import { checkTravelValues } from './travel-check';
import type { TravelRecord, TravelTarget } from './travel';

/**
 * What an import does to one kind: the ids of the records to add (read again from the package when they
 * are written: `addedRecords`), the records to replace (refs mapped here), the ids to delete.
 */
export interface TargetPlan {
  target: TravelTarget;
  added: string[];
  changed: TravelRecord[];
  deleted: string[];
}

export interface ImportPlan {
  refs: RefPlan;
  targets: TargetPlan[];
}

/**
 * The record's references as the receiver's ids, changed in place (the package reader made the record for
 * this plan alone); a unit or entry missing from the package is damage.
 */
function mapRefs(target: TravelTarget, rec: TravelRecord, ids: ReadonlyMap<string, string>): TravelRecord {
  const data = rec.data;
  for (const [field, kind] of Object.entries(target.refs)) {
    const value = data[field];
    if (kind === 'model' || value === null || value === undefined) continue;
    const mapped = ids.get(String(value));
    if (!mapped)
      throw new AppError(
        'VALIDATION',
        `Gói thiếu ${kind === 'unit' ? 'đơn vị' : 'mục danh mục'} của một bản ghi ${target.label.toLowerCase()}; hãy xin đơn vị gửi lại gói.`,
      );
    data[field] = mapped;
  }
  return rec;
}

/** Refuses a package that would change records this office or a third office owns. */
function refuseForeign(target: TravelTarget, foreign: number, senderName: string): void {
  if (foreign > 0)
    throw new AppError(
      'CONFLICT',
      `Gói của "${senderName}" chứa ${foreign} bản ghi ${target.label.toLowerCase()} không thuộc cơ quan đó (của cơ quan này hoặc cơ quan khác); mỗi bản ghi chỉ do cơ quan tạo ra nó thay đổi. Không nhận gói này.`,
    );
}

/** Records compared between two reports of the planning's progress. */
const PLANNED_EVERY = 500;

function planTarget(
  db: ReadDb,
  pkg: VerifiedPackage,
  target: TravelTarget,
  ids: ReadonlyMap<string, string>,
  onPlanned: (n: number) => void,
): TargetPlan {
  const sender = pkg.manifest.sender;
  const held = target.heldOf(db, sender.id);
  // Only the records new from this sender can belong to someone else here: those are looked up, not every id.
  const here = target.idsHere(
    db,
    pkg.recordIds(target.name).filter((id) => !held.has(id)),
  );
  const plan: TargetPlan = { target, added: [], changed: [], deleted: [] };
  let read = 0;
  for (const rec of pkg.records(target.name)) {
    if (++read % PLANNED_EVERY === 0) onPlanned(PLANNED_EVERY);
    const version = held.get(rec.id);
    if (version === undefined && here.has(rec.id)) continue;
    if (version !== rec.version) {
      checkTravelValues(target, rec, sender.name);
      const mapped = mapRefs(target, rec, ids);
      // A new record is not kept: a whole office's book is 100k of them (~50 MB as objects).
      if (version === undefined) plan.added.push(rec.id);
      else plan.changed.push(mapped);
    }
  }
  onPlanned(read % PLANNED_EVERY);
  refuseForeign(target, here.size, sender.name);
  // What the sender still has is read only when this office holds some of its records (not at the first package).
  if (held.size === 0) return plan;
  const inPackage = pkg.held(target.name);
  for (const id of held.keys()) if (!inPackage.has(id)) plan.deleted.push(id);
  return plan;
}

/**
 * Reads what the package would do here, without writing: the preview and the apply share it.
 * `onPlanned` hears how many of the package's records were compared so far (every 500).
 */
export function planImport(
  db: ReadDb,
  pkg: VerifiedPackage,
  newId: () => string,
  onPlanned: (done: number) => void = () => undefined,
): ImportPlan {
  const refs = planReferences(db, { units: pkg.units(), entries: pkg.entries() }, pkg.manifest.sender.code, newId);
  let done = 0;
  const planned = (n: number) => onPlanned((done += n));
  return { refs, targets: targetsOfPackage(pkg).map((t) => planTarget(db, pkg, t, refs.ids, planned)) };
}

/**
 * The records a plan adds of one kind, read again from the package (still open) as they are written, with
 * their references mapped here as the planning mapped them (it checked them all).
 */
export function* addedRecords(pkg: VerifiedPackage, plan: ImportPlan, tp: TargetPlan): Generator<TravelRecord> {
  if (tp.added.length === 0) return;
  const wanted = new Set(tp.added);
  for (const rec of pkg.records(tp.target.name)) if (wanted.has(rec.id)) yield mapRefs(tp.target, rec, plan.refs.ids);
}

/** The records the package carries of the kinds an import plans (the planning's progress total). */
export function plannedTotal(pkg: VerifiedPackage): number {
  return targetsOfPackage(pkg).reduce((n, t) => n + (pkg.manifest.counts[t.name] ?? 0), 0);
}

/** Counts per kind of the plan, as the received package records them. */
export function planCounts(plan: ImportPlan): Record<string, number> {
  return Object.fromEntries(plan.targets.map((t) => [t.target.name, t.added.length + t.changed.length + t.deleted.length]));
}
