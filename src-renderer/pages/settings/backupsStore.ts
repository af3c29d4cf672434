import { createSignal } from 'solid-js';
import type { ApiOutput } from '../../../src-main/contract';
import { call } from '../../lib/api';

/** One backup (bản sao lưu) as the core lists it. */
export type Backup = ApiOutput<'system.backups.list'>['backups'][number];

/** A finished action's outcome, shown above the list. */
export interface BackupNotice {
  ok: boolean;
  text: string;
}

/** The backups list and its two actions; `onChanged` lets the status bar catch up at once. */
export function createBackupsStore(onChanged: () => void) {
  const [backups, setBackups] = createSignal<Backup[] | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [notice, setNotice] = createSignal<BackupNotice | null>(null);

  async function load(): Promise<void> {
    const r = await call('system.backups.list', {});
    if (r.ok) setBackups(r.data.backups);
    else setNotice({ ok: false, text: r.error.message });
  }

  async function create(): Promise<void> {
    setBusy(true);
    const r = await call('system.backups.create', {});
    setBusy(false);
    setNotice(r.ok ? { ok: true, text: `Đã tạo bản sao lưu ${r.data.name}.` } : { ok: false, text: r.error.message });
    await load();
    onChanged();
  }

  /** Restores `name`. On success every screen holds stale data, so the caller reloads the app. */
  async function restore(name: string): Promise<boolean> {
    setBusy(true);
    const r = await call('system.backups.restore', { name });
    setBusy(false);
    if (!r.ok) {
      setNotice({ ok: false, text: r.error.message });
      return false;
    }
    setNotice({
      ok: true,
      text: `Đã khôi phục từ ${r.data.restored}. Dữ liệu trước đó được giữ trong bản sao lưu ${r.data.undoBackup.name}.`,
    });
    return true;
  }

  void load();
  return { backups, busy, notice, setNotice, create, restore, load };
}

export type BackupsStore = ReturnType<typeof createBackupsStore>;
