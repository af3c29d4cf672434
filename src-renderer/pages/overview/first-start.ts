import { call } from '../../lib/api';

/** One step of the first-start guide (hướng dẫn bắt đầu). */
export interface FirstStartStep {
  key: 'settings' | 'units' | 'catalogues' | 'office';
  title: string;
  /** What the clerk does there, in one sentence. */
  hint: string;
  /** Hash route of the page that does it. */
  href: string;
  done: boolean;
}

/**
 * The steps a new office goes through, each checked against the database: office names saved,
 * at least one unit, catalogues with entries, and the office that signs exchange packages (issue 13: set
 * at init or first start). Null when a check itself failed (the page then says so).
 */
export async function loadFirstStart(): Promise<FirstStartStep[] | null> {
  const [settings, units, catalogues, office] = await Promise.all([
    call('system.settings.get', {}),
    call('units.list', { limit: 1 }),
    call('catalogues.list', {}),
    call('office.get', {}),
  ]);
  if (!settings.ok || !units.ok || !catalogues.ok || !office.ok) return null;
  return [
    {
      key: 'settings',
      title: 'Cấu hình đơn vị',
      hint: 'Nhập tên đơn vị, cơ quan cấp trên, tỉnh và địa danh (in trên báo cáo, giấy khen).',
      href: '#/settings',
      done: settings.data.updatedAt !== null,
    },
    {
      key: 'units',
      title: 'Danh sách đơn vị',
      hint: 'Nhập danh sách đơn vị hành chính từ tệp CSV/XLSX (có tệp mẫu và danh sách mẫu), xem trước lỗi rồi mới lưu.',
      href: '#/units',
      done: units.data.total > 0,
    },
    {
      key: 'catalogues',
      title: 'Danh mục',
      hint: 'Xem lại các danh mục (loại mô hình, hình thức tuyên truyền…) và thêm mục còn thiếu.',
      href: '#/catalogues',
      done: catalogues.data.rows.length > 0,
    },
    {
      key: 'office',
      title: 'Cơ quan gửi, nhận gói dữ liệu',
      hint: 'Đặt mã, tên, cấp của cơ quan và cơ quan cấp trên, để gửi sổ sách lên cấp trên và nhận gói của cấp dưới (quản trị viên làm; có thể để sau).',
      href: '#/settings/exchange',
      done: office.data !== null,
    },
  ];
}

/** The guide is shown until the office has its names and its units; the other steps can wait. */
export function needsGuide(steps: readonly FirstStartStep[]): boolean {
  return steps.some((s) => (s.key === 'settings' || s.key === 'units') && !s.done);
}
