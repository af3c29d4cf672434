import { z } from 'zod';
import { requiredText } from '../../shared/input.schema';

const name = (label: string) => requiredText(`${label[0]?.toUpperCase()}${label.slice(1)}`, 200, `Hãy nhập ${label}.`);

/** The office's settings as entered by an administrator (cấu hình đơn vị). */
export const OfficeSettingsInput = z.object({
  /** Tên đơn vị, e.g. "PHÒNG THAM MƯU". */
  officeName: name('tên đơn vị'),
  /** Tên cơ quan cấp trên, e.g. "CÔNG AN TỈNH BẮC NINH". */
  parentBodyName: name('tên cơ quan cấp trên'),
  /** Tên tỉnh, e.g. "Bắc Ninh". */
  provinceName: name('tên tỉnh'),
  /** Địa danh in on dated lines, e.g. "Bắc Ninh" in "Bắc Ninh, ngày 05 tháng 12 năm 2026". */
  placeName: name('địa danh'),
});
export type OfficeSettingsInput = z.output<typeof OfficeSettingsInput>;

/** The stored settings; names are '' until an administrator fills them in. */
export const OfficeSettings = z.object({
  officeName: z.string(),
  parentBodyName: z.string(),
  provinceName: z.string(),
  placeName: z.string(),
  updatedAt: z.string().nullable(),
});
export type OfficeSettings = z.output<typeof OfficeSettings>;
