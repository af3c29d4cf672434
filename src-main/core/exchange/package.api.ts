import { exchangeContract, type ImportPreview } from '../../contract/exchange/exchange.contract';
import { MINISTRY_OFFICE_ID } from '../../contract/exchange/office';
import { PACKAGE_IMPORT_STEPS } from '../../contract/progress/call-steps';
import { handle, type MethodContext } from '../api/define';
import { progressOf } from '../api/progress-feed';
import { AppError } from '../api/errors';
import { loadedSqlJs } from '../db/sqljs';
import { addedRecords, planCounts, planImport, plannedTotal, type ImportPlan } from './import-plan';
import { applyPlan, undoImport } from './import-apply';
import { importEventNote, packageNote } from './import-notes';
import { bulkCreates, bulkDeletes, logEvent } from '../audit';
import { keyFingerprint } from './keys';
import { requireOffice } from './office.api';
import { findKnownOffice, lastApplied, listReceived, markUndone, recordReceived, type ReceivedRow } from './office.repo';
import { insertUndoSteps, undoSteps, type UndoStep } from './undo-steps.repo';
import { openVerifiedPackage, type VerifiedPackage } from './package-read.repo';
import { buildPackage } from './package-build';

/** The sender's package number, its order and the receiver, checked before anything is read. */
function checkAddress(ctx: MethodContext, pkg: VerifiedPackage, officeId: string): 'new' | 'applied' {
  const m = pkg.manifest;
  if (m.receiver !== officeId)
    throw new AppError(
      'VALIDATION',
      `Gói này gửi cho cơ quan mã "${m.receiver}", không phải cơ quan này (mã "${officeId}"). Không nhận gói.`,
    );
  const ownVersion = ctx.env.store.status().schemaVersion;
  if (m.schemaVersion > ownVersion)
    throw new AppError(
      'VALIDATION',
      `Gói được tạo bằng phiên bản chương trình mới hơn (lược đồ ${m.schemaVersion}, ở đây ${ownVersion}). Hãy cập nhật chương trình rồi nhận lại.`,
    );
  const last = lastApplied(ctx.db, m.sender.id);
  if (last && m.sequence === last.sequence) return 'applied';
  if (last && m.sequence < last.sequence)
    throw new AppError(
      'CONFLICT',
      `Gói số ${m.sequence} của "${m.sender.name}" cũ hơn gói số ${last.sequence} đã nhận. Không nhận gói cũ.`,
    );
  const expected = (last?.sequence ?? 0) + 1;
  if (!m.full && m.sequence !== expected)
    throw new AppError(
      'CONFLICT',
      `Gói số ${m.sequence} của "${m.sender.name}" không nối tiếp gói đã nhận (đang chờ gói số ${expected}). Hãy nhận các gói còn thiếu theo thứ tự, hoặc xin đơn vị gửi gói đầy đủ (--all).`,
    );
  return 'new';
}

/**
 * Tells the change feed every kind an import or undo wrote (units, catalogues and records), so the
 * grids of those kinds reload; the dispatcher itself only records the method's own domain ('exchange').
 */
function feedTouched(ctx: MethodContext, steps: readonly UndoStep[]): void {
  for (const kind of new Set(steps.map((s) => s.target))) ctx.env.changes?.record(kind, null);
}

function preview(pkg: VerifiedPackage, plan: ImportPlan | null, applied: boolean): ImportPreview {
  return {
    manifest: pkg.manifest,
    senderName: pkg.manifest.sender.name,
    alreadyApplied: plan === null,
    kinds: (plan?.targets ?? []).map((t) => ({
      kind: t.target.name,
      label: t.target.label,
      new: t.added.length,
      changed: t.changed.length,
      deleted: t.deleted.length,
    })),
    references: (plan?.refs.matches ?? []).filter((m) => m.match !== 'code'),
    applied,
  };
}

export const exportPackage = handle(exchangeContract, 'exchange.exportPackage', (ctx, input) => {
  const office = requireOffice(ctx.db);
  if (input.to === office.id) throw new AppError('VALIDATION', 'Không gửi gói cho chính cơ quan này; hãy chọn cơ quan nhận.');
  if (input.to === MINISTRY_OFFICE_ID && input.year === undefined)
    throw new AppError('VALIDATION', 'Gói gửi Bộ mang số liệu báo cáo của một năm: hãy chọn năm (--year).');
  const progress = progressOf(ctx.env.progress, 'exchange.exportPackage');
  const built = buildPackage(ctx, loadedSqlJs(), { ...office, fingerprint: keyFingerprint(office.publicKey) }, input, progress);
  const file = Buffer.from(built.bytes.buffer, built.bytes.byteOffset, built.bytes.byteLength);
  return { fileName: built.fileName, contentBase64: file.toString('base64'), manifest: built.manifest };
});

/**
 * Verifies a package and shows what it would change; without dryRun applies it in the call's one
 * transaction and records it (the dispatcher logs the call in the audit trail). The package stays open
 * until it is applied: the plan keeps only the new records' ids, and they are read from it again as they
 * are written (import-plan.ts `addedRecords`), so a 100k-record package is never held as objects.
 */
/**
 * An import, and its undo, run without SQLite's in-memory rollback journal, which would hold the original of
 * every page their records touch (~40 MB at the twelfth of 12 district imports, never given back); should one
 * fail after writing (an undo refused because a unit it would remove is in use here), the store loads the
 * database again from disk (types.ts WriteOptions).
 */
const BULK_WRITE = { bulk: true };

export const importPackage = handle(
  exchangeContract,
  'exchange.importPackage',
  (ctx, input) => {
    const office = requireOffice(ctx.db);
    const progress = progressOf(ctx.env.progress, 'exchange.importPackage');
    // A step without a count (0 of 0): the window shows the time it takes.
    progress(PACKAGE_IMPORT_STEPS.verify, 0, 0);
    // No copy of the decoded bytes is kept: the package's database is made from them and they are dropped.
    const pkg = openVerifiedPackage(
      loadedSqlJs(),
      Buffer.from(input.contentBase64, 'base64'),
      (id) => findKnownOffice(ctx.db, id)?.publicKey,
    );
    try {
      if (checkAddress(ctx, pkg, office.id) === 'applied') return preview(pkg, null, false);
      const total = plannedTotal(pkg);
      const compare = (done: number) => progress(PACKAGE_IMPORT_STEPS.compare, done, total);
      compare(0);
      const plan = planImport(ctx.db, pkg, () => ctx.newId(), compare);
      if (!input.dryRun) applyPackage(ctx, pkg, plan, (done, all) => progress(PACKAGE_IMPORT_STEPS.write, done, all));
      return preview(pkg, plan, !input.dryRun);
    } finally {
      pkg.close();
    }
  },
  BULK_WRITE,
);

/** Writes a planned package in the call's transaction and records it as received, with its undo steps. */
function applyPackage(ctx: MethodContext, pkg: VerifiedPackage, plan: ImportPlan, onRecords: (done: number, total: number) => void): void {
  const m = pkg.manifest;
  logEvent(ctx.env, ctx.db, importEventNote(m, plan));
  const note = packageNote(m);
  const bulk = (table: string, write: () => void) => bulkCreates(ctx.env, ctx.db, table, note, write);
  const steps = applyPlan(ctx.db, plan, (tp) => addedRecords(pkg, plan, tp), m.sender.id, ctx.now, bulk, onRecords);
  const seq = recordReceived(ctx.db, {
    senderId: m.sender.id,
    sequence: m.sequence,
    packageCreatedAt: m.createdAt,
    appliedAt: ctx.now,
    appliedBy: ctx.caller.name,
    counts: JSON.stringify(planCounts(plan)),
  });
  insertUndoSteps(ctx.db, seq, steps);
  feedTouched(ctx, steps);
}

function receivedView(r: ReceivedRow) {
  return {
    officeId: r.officeId,
    sequence: r.sequence,
    appliedAt: r.appliedAt,
    appliedBy: r.appliedBy,
    counts: JSON.parse(r.counts) as Record<string, number>,
    undoneAt: r.undoneAt,
  };
}

export const undoLastImport = handle(
  exchangeContract,
  'exchange.undoLastImport',
  (ctx, { officeId }) => {
    const last = lastApplied(ctx.db, officeId);
    if (!last) throw new AppError('NOT_FOUND', `Chưa nhận gói nào của cơ quan mã "${officeId}" (hoặc đã hoàn tác hết).`);
    const steps = undoSteps(ctx.db, last.seq);
    const office = findKnownOffice(ctx.db, officeId);
    logEvent(ctx.env, ctx.db, `Hoàn tác gói số ${last.sequence} của "${office?.name ?? officeId}" (mã ${officeId}).`);
    const bulk = (table: string, ids: readonly string[], remove: () => void) => bulkDeletes(ctx.env, ctx.db, table, ids, remove);
    undoImport(ctx.db, steps, ctx.now, bulk);
    feedTouched(ctx, steps);
    markUndone(ctx.db, last.seq, ctx.now);
    return receivedView({ ...last, undoneAt: ctx.now });
  },
  BULK_WRITE,
);

export const listImports = handle(exchangeContract, 'exchange.imports', (ctx, { officeId }) =>
  listReceived(ctx.db, officeId ?? null).map(receivedView),
);
