import { basename } from 'node:path';
import { handle } from '../api/define';
import { systemContract } from '../../contract/system/system.contract';

/** The database file, its saved state and the last backup: what the status bar shows. */
export const systemStatus = handle(systemContract, 'system.status', (ctx) => {
  const s = ctx.env.store.status();
  return {
    ...s,
    fileName: s.path ? basename(s.path) : null,
    lastCheckpointAt: s.lastCheckpointAt ?? null,
    backupsAvailable: s.path !== null,
    problem: s.problem ?? null,
    keptTornTails: (s.keptTornTails ?? []).map((t) => ({ fileName: basename(t.file), bytes: t.bytes })),
  };
});
