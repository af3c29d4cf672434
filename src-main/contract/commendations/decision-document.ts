import { z } from 'zod';
import { list, text } from '../../shared/input.schema';
import { SigningForm } from '../reports/report-header';

const line = (label: string, max: number) => text(label, max);

/**
 * The parts of a commendation decision's document that are not on the decision itself: the issuing
 * body, the legal bases (căn cứ), whose proposal (xét đề nghị của …), the achievement of Điều 1, the
 * cash award (coefficient × base salary; 0 prints no cash article), who executes it (Điều 3), nơi nhận
 * and the signing form. Saved per decision; the next decision is prefilled from the last one.
 */
export const DecisionDocument = z.object({
  /** Cơ quan chủ quản, e.g. "BỘ CÔNG AN". */
  parentBody: line('Tên cơ quan cấp trên', 200),
  /** Cơ quan ban hành, e.g. "CÔNG AN TỈNH HẢI DƯƠNG". */
  issuingBody: line('Tên cơ quan ban hành', 200).min(1, 'Hãy nhập tên cơ quan ban hành.'),
  /** One "Căn cứ …" each, printed with ";" at the end. */
  legalBases: list(line('Căn cứ', 500).min(1, 'Căn cứ: bỏ dòng trống.'), 20),
  /** Who proposed it: printed as "Xét đề nghị của <proposer>." */
  proposer: line('Xét đề nghị của', 500).min(1, 'Hãy nhập người/đơn vị đề nghị (Xét đề nghị của …).'),
  /** What Điều 1 awards it for: "đã có thành tích xuất sắc trong …". */
  achievement: line('Thành tích', 1000).min(1, 'Hãy nhập thành tích ghi ở Điều 1.'),
  /** Tiền thưởng: coefficients of the base salary for each individual and each collective (0: no cash award). */
  individualCoefficient: z.number('Hệ số tiền thưởng cá nhân phải là số.').min(0, 'Hệ số không được âm.').max(20, 'Hệ số tối đa 20.'),
  collectiveCoefficient: z.number('Hệ số tiền thưởng tập thể phải là số.').min(0, 'Hệ số không được âm.').max(40, 'Hệ số tối đa 40.'),
  /** Mức lương cơ sở in force on the decision's date, in đồng. */
  baseSalary: z
    .number('Mức lương cơ sở phải là số.')
    .int('Mức lương cơ sở là số đồng nguyên.')
    .min(0, 'Mức lương cơ sở không được âm.')
    .max(100_000_000, 'Mức lương cơ sở quá lớn.'),
  /** Điều 3: who executes it, printed before "chịu trách nhiệm thi hành Quyết định này." */
  executors: line('Điều 3 (người thi hành)', 1000).min(1, 'Hãy nhập người thi hành (Điều 3).'),
  /** Nơi nhận, one line each; "Lưu: VT" is one of them. */
  recipients: list(line('Nơi nhận', 200).min(1, 'Nơi nhận: bỏ dòng trống.'), 30),
  signingForm: SigningForm,
  /** The head's title after KT./TL./TUQ./TM./Q.; blank when signing in person. */
  onBehalfOf: line('Chức vụ của người đứng đầu', 200),
});
export type DecisionDocument = z.output<typeof DecisionDocument>;
