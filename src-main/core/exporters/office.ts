import { z } from 'zod';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { datedLine } from '../system';

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
  signedOn: isoDateSchema('Ngày ký').optional(),
});
export type OfficeInfo = z.output<typeof OfficeInfo>;

/** "Hải Dương, ngày 05 tháng 01 năm 2018", the dated line of an official document. */
export function placeAndDate(office: OfficeInfo, isoDate: string): string {
  return datedLine(office.place, isoDate);
}

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
