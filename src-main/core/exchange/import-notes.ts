import type { PackageManifest } from '../../contract/exchange/exchange.contract';
import { formatVnNumber } from '../../shared/vn-number';
import type { ImportPlan } from './import-plan';

/** Which package, as the trail names it: the event row and every record the import created carry it. */
export function packageNote(m: PackageManifest): string {
  return `Nhận gói số ${m.sequence} của "${m.sender.name}" (mã ${m.sender.id})`;
}

/** The import's event row: the package and, per kind it changed, how many records were added, changed, deleted. */
export function importEventNote(m: PackageManifest, plan: ImportPlan): string {
  const kinds = plan.targets
    .filter((t) => t.added.length + t.changed.length + t.deleted.length > 0)
    .map((t) => {
      const n = (count: number, what: string) => (count > 0 ? [`${formatVnNumber(count)} ${what}`] : []);
      const parts = [...n(t.added.length, 'mới'), ...n(t.changed.length, 'sửa'), ...n(t.deleted.length, 'xoá')];
      return `${t.target.label}: ${parts.join(', ')}`;
    });
  const refs = plan.refs.creates.length > 0 ? [`${formatVnNumber(plan.refs.creates.length)} đơn vị/mục danh mục mới`] : [];
  const detail = [...kinds, ...refs];
  return `${packageNote(m)}${detail.length > 0 ? `: ${detail.join('; ')}` : ': không có thay đổi'}.`;
}
