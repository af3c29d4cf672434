import type { SqlJsStatic } from 'sql.js';
import type { PackageManifest } from '../../contract/exchange/exchange.contract';
import { MINISTRY_OFFICE_ID } from '../../contract/exchange/office';
import type { MethodContext } from '../api/define';
import { buildReport } from '../reports';
import { lastSent, recordSent, type StoredOffice } from './office.repo';
import { PACKAGE_FORMAT_VERSION } from './package-read.repo';
import { PackageReferences, entriesForPackage, unitsForPackage } from './package-refs.repo';
import { writePackage, type PackageData } from './package-write.repo';
import { targetsTo } from './targets';
import type { PackageScope, TravelRecord, TravelTarget } from './travel';

/** Hears what a package build is doing and how far (label, done, total). */
export type BuildProgress = (label: string, done: number, total: number) => void;

export interface PackageRequest {
  to: string;
  all: boolean;
  year?: number | undefined;
}

/**
 * Gathers what a package to `to` carries and writes it. An office's package holds the records it owns
 * changed since its previous package to that receiver (all of them with `all`, or for the first one).
 * The Ministry's copy (`to: MINISTRY`) is always whole: every record the province holds, its districts'
 * included, its commendations (which travel nowhere else), and the year's report figures in `report`;
 * the Ministry sees all of it as the province's.
 */
export function buildPackage(
  ctx: MethodContext,
  SQL: SqlJsStatic,
  office: StoredOffice & { fingerprint: string },
  req: PackageRequest,
  onProgress: BuildProgress = () => undefined,
): { bytes: Uint8Array; manifest: PackageManifest; fileName: string } {
  const ministry = req.to === MINISTRY_OFFICE_ID;
  const scope: PackageScope = ministry ? 'held' : 'own';
  const last = lastSent(ctx.db, req.to);
  const since = req.all || ministry ? null : (last?.createdAt ?? null);
  const targets = targetsTo(req.to);
  const counts = Object.fromEntries(
    targets.map((t, i) => {
      onProgress('Đọc bản ghi cần gửi', i, targets.length);
      return [t.name, t.countForPackage(ctx.db, scope, since)];
    }),
  );
  const references = new PackageReferences();
  const data: PackageData = {
    records: recordsOf(ctx, targets, scope, since, references),
    recordCount: Object.values(counts).reduce((n, c) => n + c, 0),
    references: () => ({ units: unitsForPackage(ctx.db, references.units), entries: entriesForPackage(ctx.db, references.entries) }),
    held: targets.flatMap((t) => t.idsForPackage(ctx.db, scope).map((h) => ({ target: t.name, ...h }))),
    report: ministry && req.year !== undefined ? buildReport(ctx.db, { period: { kind: 'year', year: req.year } }) : null,
  };
  const sequence = (last?.sequence ?? 0) + 1;
  recordSent(ctx.db, { receiverId: req.to, sequence, full: since === null, createdAt: ctx.now, counts: JSON.stringify(counts) });
  const manifest = {
    format: 'antq-exchange' as const,
    formatVersion: PACKAGE_FORMAT_VERSION,
    sender: { id: office.id, code: office.code, name: office.name, level: office.level },
    receiver: req.to,
    sequence,
    full: since === null,
    period: { from: since, to: ctx.now },
    counts,
    schemaVersion: ctx.env.store.status().schemaVersion,
    createdAt: ctx.now,
    reportYear: ministry ? (req.year ?? null) : null,
  };
  onProgress('Ghi bản ghi vào gói', 0, data.recordCount);
  const written = writePackage(SQL, manifest, data, office, (done, total) => onProgress('Ghi bản ghi vào gói', done, total));
  return { ...written, fileName: `goi-${office.id}-gui-${req.to}-so-${String(sequence).padStart(4, '0')}.antq` };
}

/**
 * The records of each kind the package takes, read as the package is written (TravelTarget.readForPackage
 * reads in batches), noting what they refer to.
 */
function* recordsOf(
  ctx: MethodContext,
  targets: readonly TravelTarget[],
  scope: PackageScope,
  since: string | null,
  references: PackageReferences,
): Generator<{ target: string; rec: TravelRecord }> {
  for (const target of targets) {
    for (const rec of target.readForPackage(ctx.db, scope, since)) {
      references.note(target, rec);
      yield { target: target.name, rec };
    }
  }
}
