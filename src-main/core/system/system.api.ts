import { basename } from 'node:path';
import { handle } from '../api/define';
import { roleAllows } from '../api/roles';
import { systemContract } from '../../contract/system/system.contract';

/**
 * The database file, its saved state and the last backup: what the status bar shows. Absolute paths
 * (where the office keeps its data, the user's folder name) are for administrators; others get names.
 */
export const systemStatus = handle(systemContract, 'system.status', (ctx) => {
  const s = ctx.env.store.status();
  const admin = roleAllows(ctx.caller.role, 'admin');
  return {
    ...s,
    path: admin ? s.path : null,
    lastBackup: s.lastBackup && !admin ? { ...s.lastBackup, file: basename(s.lastBackup.file) } : s.lastBackup,
    fileName: s.path ? basename(s.path) : null,
    lastCheckpointAt: s.lastCheckpointAt ?? null,
    backupsAvailable: s.path !== null,
    problem: s.problem ?? null,
    keptTornTails: (s.keptTornTails ?? []).map((t) => ({ fileName: basename(t.file), bytes: t.bytes })),
  };
});
