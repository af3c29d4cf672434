import type { WriteTx } from '../db/types';

/** Two rows of one decision trade their places in the list (seq), each getting a new version. */
export function swapSeq(tx: WriteTx, a: { id: string; seq: number }, b: { id: string; seq: number }, now: string): void {
  const set = 'UPDATE commendation_recipients SET seq = ?, version = version + 1, updated_at = ? WHERE id = ?';
  tx.run(set, [b.seq, now, a.id]);
  tx.run(set, [a.seq, now, b.id]);
}

/**
 * Two unprinted rows trade their registry numbers, so the numbers keep following the list. The unique
 * index holds one number per row: the first is freed before the second takes it.
 */
export function swapRegistryNumbers(
  tx: WriteTx,
  a: { id: string; registryNumber: number },
  b: { id: string; registryNumber: number },
): void {
  tx.run('UPDATE commendation_recipients SET registry_number = NULL, registry_key = NULL WHERE id = ?', [a.id]);
  const key = tx.get<{ k: string }>('SELECT registry_key AS k FROM commendation_recipients WHERE id = ?', [b.id])?.k ?? null;
  tx.run('UPDATE commendation_recipients SET registry_number = ? WHERE id = ?', [a.registryNumber, b.id]);
  tx.run('UPDATE commendation_recipients SET registry_key = ?, registry_number = ? WHERE id = ?', [key, b.registryNumber, a.id]);
}
