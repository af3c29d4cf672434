import type { ReadDb, WriteTx } from '../db/types';
import type { OfficeSettings, OfficeSettingsInput } from '../../contract/system/settings';

interface SettingsRow {
  office_name: string;
  parent_body_name: string;
  province_name: string;
  place_name: string;
  updated_at: string | null;
}

/** The office's settings (the one row made by migration 1). */
export function readSettings(db: ReadDb): OfficeSettings {
  const row = db.get<SettingsRow>('SELECT office_name, parent_body_name, province_name, place_name, updated_at FROM settings WHERE id = 1');
  return {
    officeName: row?.office_name ?? '',
    parentBodyName: row?.parent_body_name ?? '',
    provinceName: row?.province_name ?? '',
    placeName: row?.place_name ?? '',
    updatedAt: row?.updated_at ?? null,
  };
}

export function writeSettings(tx: WriteTx, input: OfficeSettingsInput, now: string): void {
  tx.run(
    `INSERT INTO settings (id, office_name, parent_body_name, province_name, place_name, created_at, updated_at)
     VALUES (1, $office, $parent, $province, $place, $now, $now)
     ON CONFLICT(id) DO UPDATE SET office_name = $office, parent_body_name = $parent, province_name = $province,
       place_name = $place, created_at = COALESCE(created_at, $now), updated_at = $now`,
    { $office: input.officeName, $parent: input.parentBodyName, $province: input.provinceName, $place: input.placeName, $now: now },
  );
}
