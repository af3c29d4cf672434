import type { ReadDb } from '../db/types';

/** Whether a security model (mô hình) with this id exists: records may name the model they belong to. */
export function securityModelExists(db: ReadDb, id: string): boolean {
  return db.get('SELECT 1 AS x FROM security_models WHERE id = ?', [id]) !== undefined;
}
