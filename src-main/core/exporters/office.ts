import { z } from 'zod';

/**
 * Who issues a report (cơ quan ban hành): printed in the header blocks and the signature block of both
 * the workbook and the PDF. Comes from the office's settings or the caller.
 */
export const OfficeInfo = z.object({
  parentBody: z.string().max(200).default('CÔNG AN TỈNH'),
  officeName: z.string().max(200).default('PHÒNG THAM MƯU'),
  place: z.string().max(100).default(''),
  signerTitle: z.string().max(200).default('TRƯỞNG PHÒNG'),
  signerName: z.string().max(200).default(''),
  /** Date printed by the signature, ISO; the call's date when absent. */
  signedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type OfficeInfo = z.output<typeof OfficeInfo>;

/** "Hải Dương, ngày 05 tháng 01 năm 2018", the dated line of an official document. */
export function placeAndDate(office: OfficeInfo, isoDate: string): string {
  const [y, m, d] = [isoDate.slice(0, 4), isoDate.slice(5, 7), isoDate.slice(8, 10)];
  return `${office.place ? `${office.place}, ` : ''}ngày ${d} tháng ${m} năm ${y}`;
}

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
