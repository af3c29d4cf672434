import { existsSync } from 'node:fs';
import { newestRestorable, type BackupPlace } from './backups';
import { readOnlyMessage, readOnlyPart } from './file-access';
import { integrityReport } from './file-check';
import { journalPathFor, nextJournalPathFor } from './journal-read';
import { lockPathFor, readLockOwner } from './lock';
import { latestVersion, schemaVersion, type Migration } from './migrations';
import { loadDatabase, type LoadedDatabase } from './open-database';
import { loadSqlJs } from './sqljs';
import { StoreOpenError } from './store-open-error';

/** The verdict of `check`: healthy, and Vietnamese lines explaining what was checked. */
export interface HealthReport {
  healthy: boolean;
  lines: string[];
}

/**
 * Checks a database file without changing anything (no lock taken, nothing written): SQLite's full
 * integrity check, the journal (replayed in memory), foreign keys and the schema version.
 */
export async function checkHealth(dbPath: string, migrations: readonly Migration[], place: BackupPlace): Promise<HealthReport> {
  if (!existsSync(dbPath)) return { healthy: false, lines: [`Không có tệp cơ sở dữ liệu "${dbPath}".`] };
  const lines: string[] = [`Tệp: ${dbPath}`];
  const owner = existsSync(lockPathFor(dbPath)) ? readLockOwner(lockPathFor(dbPath)) : null;
  if (owner) lines.push(`Đang được mở bởi chương trình số ${owner.pid} trên máy "${owner.host}" (từ ${owner.since}).`);
  // Opening refuses it (the store could never save), so `check` does too.
  const readOnly = readOnlyPart(dbPath);
  if (readOnly) return { healthy: false, lines: [...lines, readOnlyMessage(dbPath, readOnly)] };
  let loaded: LoadedDatabase;
  try {
    loaded = loadDatabase({
      SQL: await loadSqlJs(),
      dbPath,
      journalPath: journalPathFor(dbPath),
      nextJournalPath: nextJournalPathFor(dbPath),
      latestVersion: latestVersion(migrations),
      newestBackup: newestRestorable(place)?.file ?? null,
      pragma: 'integrity_check',
    });
  } catch (err) {
    if (err instanceof StoreOpenError) return { healthy: false, lines: [...lines, err.message] };
    throw err;
  }
  try {
    const healthy = describeLoaded(loaded, migrations, lines);
    describeBackups(place, lines);
    return { healthy, lines };
  } finally {
    loaded.engine.close();
  }
}

function describeLoaded(loaded: LoadedDatabase, migrations: readonly Migration[], lines: string[]): boolean {
  let healthy = true;
  const { engine } = loaded;
  const pending = loaded.replayed.reduce((n, j) => n + j.transactions.length, 0);
  if (pending === 0) lines.push('Nhật ký ghi: không có thay đổi nào chờ ghi vào tệp.');
  else lines.push(`Nhật ký ghi: ${pending} giao dịch đã xác nhận, chưa ghi vào tệp (sẽ được áp dụng khi mở).`);
  if (loaded.replayed.some((j) => j.tornTail)) {
    lines.push(
      'Nhật ký ghi: bản ghi cuối bị ghi dở do chương trình dừng đột ngột; bản ghi này chưa từng được xác nhận, sẽ được chép ra một tệp ".torn-…" bên cạnh nhật ký rồi bỏ khi mở.',
    );
  }
  if (loaded.marked) lines.push('Tệp do phiên bản trước của ứng dụng tạo: sẽ được gắn mã nhận biết của ứng dụng khi mở.');
  const report = integrityReport(engine);
  if (report === 'ok') lines.push('Kiểm tra toàn vẹn (sau khi áp dụng nhật ký): đạt.');
  else {
    healthy = false;
    lines.push(`Kiểm tra toàn vẹn (sau khi áp dụng nhật ký): KHÔNG ĐẠT: ${report.slice(0, 300)}`);
  }
  const orphans = engine.all('PRAGMA foreign_key_check').length;
  if (orphans > 0) {
    healthy = false;
    lines.push(`Khoá ngoại: ${orphans} dòng tham chiếu tới bản ghi không tồn tại.`);
  }
  const version = schemaVersion(engine);
  const latest = latestVersion(migrations);
  lines.push(
    version < latest
      ? `Phiên bản lược đồ: ${version} (ứng dụng: ${latest}); sẽ được nâng cấp khi mở (có sao lưu trước).`
      : `Phiên bản lược đồ: ${version}.`,
  );
  return healthy;
}

function describeBackups(place: BackupPlace, lines: string[]): void {
  const newest = newestRestorable(place);
  lines.push(newest ? `Bản sao lưu gần nhất: ${newest.file}` : `Chưa có bản sao lưu nào trong "${place.dir}".`);
}
