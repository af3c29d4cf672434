import { z } from 'zod';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { text } from '../../shared/input.schema';
import { SIGNING_FORMS } from '../../shared/signing-forms';

/** How the signer signs (KT., TL., TUQ., TM., Q., or '' in person). */
export const SigningForm = z.enum(SIGNING_FORMS);
export type SigningForm = z.output<typeof SigningForm>;

/** One line of the header: bounded, no control characters (input.schema.ts). */
const line = (label: string, max: number) => text(label, max);

/**
 * The header and signature of one report (thể thức văn bản): who issues it, its number and symbol,
 * place and date of issue, subject line, recipients and who signs it. Saved per report, prefilled
 * from the office settings and the last report.
 */
export const ReportHeader = z.object({
  /** Cơ quan chủ quản, e.g. "CÔNG AN TỈNH HẢI DƯƠNG". */
  parentBody: line('Tên cơ quan cấp trên', 200),
  /** Cơ quan ban hành, e.g. "PHÒNG THAM MƯU". */
  issuingBody: line('Tên cơ quan ban hành', 200).min(1, 'Hãy nhập tên cơ quan ban hành.'),
  /** Số: may stay blank until the clerk registers the document (then "Số:      /BC-…"). */
  number: line('Số văn bản', 20).regex(/^[0-9]*$/, 'Số văn bản chỉ gồm chữ số (để trống nếu chưa vào sổ).'),
  /** Ký hiệu, e.g. "BC-PV05". */
  symbol: line('Ký hiệu văn bản', 50).min(1, 'Hãy nhập ký hiệu văn bản (ví dụ BC-PV05).'),
  /** Địa danh of the dated line. */
  place: line('Địa danh', 100),
  /** Ngày ban hành, never before the period's end. */
  issuedOn: isoDateSchema('Ngày ban hành'),
  /** Trích yếu: what the report is about, printed under "BÁO CÁO". */
  subject: line('Trích yếu', 500).min(1, 'Hãy nhập trích yếu nội dung báo cáo.'),
  /** Nơi nhận, one line each; "Lưu: VT" is one of them. */
  recipients: z.array(line('Nơi nhận', 200).min(1, 'Nơi nhận: bỏ dòng trống.')).max(30, 'Nơi nhận: tối đa 30 dòng.'),
  signingForm: SigningForm,
  /** The head's title after KT./TL./TUQ./TM./Q., e.g. "TRƯỞNG PHÒNG", "GIÁM ĐỐC"; blank when signing in person. */
  onBehalfOf: line('Chức vụ của người đứng đầu', 200),
  /** The signer's own title, e.g. "PHÓ TRƯỞNG PHÒNG". */
  signerTitle: line('Chức vụ người ký', 200).min(1, 'Hãy nhập chức vụ người ký.'),
  signerName: line('Họ tên người ký', 200),
});
export type ReportHeader = z.output<typeof ReportHeader>;
