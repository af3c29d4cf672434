import type { ReadDb, WriteTx } from '../db/types';
import type { Offsets } from './layout';

export function layoutOffsets(db: ReadDb, layoutId: string): Offsets {
  const row = db.get<{ x: number; y: number }>(
    'SELECT offset_x_mm AS x, offset_y_mm AS y FROM certificate_layout_settings WHERE layout_id = ?',
    [layoutId],
  );
  return row ?? { x: 0, y: 0 };
}

export function saveLayoutOffsets(tx: WriteTx, layoutId: string, o: Offsets, now: string): void {
  tx.run(
    `INSERT INTO certificate_layout_settings (layout_id, offset_x_mm, offset_y_mm, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(layout_id) DO UPDATE SET offset_x_mm = excluded.offset_x_mm, offset_y_mm = excluded.offset_y_mm, updated_at = excluded.updated_at`,
    [layoutId, o.x, o.y, now],
  );
}

export interface StoredEmblem {
  mime: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
  updatedAt: string;
}

export function getEmblem(db: ReadDb): StoredEmblem | undefined {
  return db.get<StoredEmblem>('SELECT mime, bytes, updated_at AS updatedAt FROM certificate_emblem WHERE id = 1');
}

export function saveEmblem(tx: WriteTx, mime: StoredEmblem['mime'], bytes: Uint8Array, now: string): void {
  tx.run(
    `INSERT INTO certificate_emblem (id, mime, bytes, updated_at) VALUES (1, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET mime = excluded.mime, bytes = excluded.bytes, updated_at = excluded.updated_at`,
    [mime, bytes, now],
  );
}

export function clearEmblem(tx: WriteTx): void {
  tx.run('DELETE FROM certificate_emblem WHERE id = 1');
}
