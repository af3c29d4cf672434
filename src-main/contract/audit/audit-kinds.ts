/**
 * The Vietnamese name of each table the audit trail names as a record's kind, for the trail's screens
 * and its Excel export. A table not listed (one added later) shows its own name until it is added here.
 */
export const AUDIT_KIND_LABELS: Readonly<Record<string, string>> = {
  units: 'Đơn vị',
  security_models: 'Mô hình',
  model_status_events: 'Trạng thái mô hình',
  propaganda_sessions: 'Buổi tuyên truyền',
  outcomes: 'Kết quả',
  safety_registrations: 'Đăng ký an toàn',
  catalogue_entries: 'Danh mục',
  commendation_decisions: 'Quyết định khen thưởng',
  commendation_recipients: 'Người/tập thể được khen',
  commendation_registry_counters: 'Số vào sổ khen thưởng',
  decision_documents: 'Văn bản quyết định',
  certificate_emblem: 'Ảnh Quốc huy',
  certificate_layout_settings: 'Căn chỉnh mẫu in',
  report_headers: 'Phần đầu báo cáo',
  settings: 'Cấu hình đơn vị',
  users: 'Tài khoản',
};

/** The kind's Vietnamese name, or the table's own. */
export function auditKindLabel(kind: string | null): string {
  if (kind === null) return '';
  return Object.hasOwn(AUDIT_KIND_LABELS, kind) ? (AUDIT_KIND_LABELS[kind] ?? kind) : kind;
}
