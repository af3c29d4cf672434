import { Show } from 'solid-js';
import { useDatabaseStatus } from '../../lib/database-status';
import { useOfficeSettings } from '../../lib/office-settings';
import EmblemSettings from '../commendations/EmblemSettings';
import { AuditLogPanel } from './AuditLogPanel';
import { createAuditLogStore } from './auditLogStore';
import { BackupsPanel } from './BackupsPanel';
import { createBackupsStore } from './backupsStore';
import { DatabasePanel } from './DatabasePanel';
import { OfficeSettingsForm } from './OfficeSettingsForm';

/** Remembers a restore's outcome across the reload that follows it. */
const RESTORE_NOTICE_KEY = 'antq.restoreNotice';

/** Section "Cài đặt": the database file, backups, the office's names used in reports, the certificates' emblem. */
export default function SettingsPage() {
  const db = useDatabaseStatus();
  const office = useOfficeSettings();
  const backups = createBackupsStore(() => void db.refresh());
  const auditLog = createAuditLogStore();
  const carried = sessionStorage.getItem(RESTORE_NOTICE_KEY);
  if (carried) {
    sessionStorage.removeItem(RESTORE_NOTICE_KEY);
    backups.setNotice({ ok: true, text: carried });
  }

  async function restore(name: string) {
    if (!(await backups.restore(name))) return;
    // Every page and store now holds data from before the restore: start the app afresh.
    sessionStorage.setItem(RESTORE_NOTICE_KEY, backups.notice()?.text ?? '');
    window.location.reload();
  }

  return (
    <section class="page">
      <h1>Cài đặt</h1>
      <DatabasePanel status={db.status()} />
      <BackupsPanel
        backups={backups.backups()}
        busy={backups.busy()}
        notice={backups.notice()}
        available={db.status()?.backupsAvailable ?? false}
        onCreate={() => void backups.create()}
        onRestore={(name) => void restore(name)}
      />
      <Show when={office.settings()} fallback={<p class="muted">{office.error() ?? 'Đang tải…'}</p>}>
        {(s) => <OfficeSettingsForm settings={s()} onSave={office.save} />}
      </Show>
      <section class="panel" aria-label="Bằng khen, giấy khen">
        <h2>Bằng khen, giấy khen</h2>
        <EmblemSettings />
      </section>
      <AuditLogPanel log={auditLog} />
    </section>
  );
}
