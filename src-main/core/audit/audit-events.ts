import type { AuditWhat } from './audit-log.repo';

/**
 * Calls logged as events, by method name: sign-ins, sign-outs, backups, restores, prints and exports.
 * Row changes need no entry here (the capture logs every write); events are what changes no row.
 */
const EVENTS: Readonly<Record<string, string>> = {
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'system.backups.create': 'Sao lưu',
  'system.backups.restore': 'Khôi phục từ bản sao lưu',
  'certificates.start': 'In giấy khen',
  'certificates.render': 'In giấy khen',
};

/**
 * Methods that hand a file out but are no export of their own: a picture the settings page shows, and the
 * parts of a batch print's PDF (the print is logged once, when certificates.start begins it).
 */
const NOT_EXPORTS = new Set(['certificates.emblem', 'certificates.result']);

const field = (o: unknown, key: string): unknown => (typeof o === 'object' && o !== null ? Reflect.get(o, key) : undefined);
const textField = (o: unknown, key: string): string | null => {
  const v = field(o, key);
  return typeof v === 'string' ? v.slice(0, 500) : null;
};

/**
 * Whether a call hands a file out: its answer carries a file's name and bytes. Any later method that
 * exports (a package, an import template) is logged without being listed.
 */
function handsFileOut(method: string, output: unknown): boolean {
  return !NOT_EXPORTS.has(method) && textField(output, 'fileName') !== null && typeof field(output, 'base64') === 'string';
}

/** The event row of a successful call, or null when the call is no event. */
export function eventOf(method: string, input: unknown, output: unknown): AuditWhat | null {
  const label = EVENTS[method] ?? (handsFileOut(method, output) ? 'Xuất tệp' : null);
  if (label === null) return null;
  const recordId = textField(input, 'decisionId') ?? textField(input, 'id');
  const detail = textField(output, 'fileName') ?? textField(output, 'restored') ?? textField(output, 'name');
  return { kind: null, recordId, action: 'event', changes: null, note: detail ? `${label}: ${detail}` : label };
}

/** The name a failed sign-in tried (never the password), or null when the call is not a sign-in. */
export function attemptedSignIn(method: string, raw: unknown): string | null {
  if (method !== 'auth.login') return null;
  return textField(raw, 'username')?.slice(0, 100) ?? '';
}
