import type { ReadDb, WriteTx } from '../db/types';

const DEFAULT_IDLE_MINUTES = 15;

/** Minutes without a call before a session ends (settings row 1, migration 121). */
export function readIdleMinutes(db: ReadDb): number {
  return db.get<{ idle_minutes: number }>('SELECT idle_minutes FROM settings WHERE id = 1')?.idle_minutes ?? DEFAULT_IDLE_MINUTES;
}

export function writeIdleMinutes(tx: WriteTx, minutes: number, now: string): void {
  tx.run('UPDATE settings SET idle_minutes = ?, updated_at = ? WHERE id = 1', [minutes, now]);
}
