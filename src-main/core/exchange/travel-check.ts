import { AppError } from '../api/errors';
import { zodIssuesToVietnamese } from '../api/zod-messages';
import type { TravelRecord, TravelTarget } from './travel';

/**
 * Re-checks a travelled record's values against its kind's schema before it is written: the signature
 * proves who sent a package, not that the sender's program (older, or buggy) kept its values valid.
 */
export function checkTravelValues(target: TravelTarget, rec: TravelRecord, senderName: string): void {
  const checked = target.schema.safeParse(rec.data);
  if (checked.success) return;
  const issues = zodIssuesToVietnamese(checked.error.issues.slice(0, 5));
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` (trường "${first.path.join('.')}")` : '';
  throw new AppError(
    'VALIDATION',
    `Gói của "${senderName}" có bản ghi ${target.label.toLowerCase()} mã "${rec.id}" mang giá trị không hợp lệ${where}: ${first?.message ?? ''} Không nhận gói; hãy báo đơn vị gửi sửa bản ghi này rồi gửi lại gói.`,
    issues,
  );
}
