import { AppError } from './errors';

/**
 * Refuses a write made against an older version of the record: another window or tab saved it in
 * between, and letting the last save win would silently lose the other clerk's change. The error
 * carries the record as it is now (`current`), so the grid can show both values and let the clerk
 * choose. No `expectedVersion`: the caller does not check (an import, a script).
 */
export function assertVersion(noun: string, expected: number | undefined, current: object): void {
  const version: unknown = Reflect.get(current, 'version');
  if (expected === undefined || expected === version) return;
  throw new AppError(
    'CONFLICT',
    `${noun.charAt(0).toUpperCase()}${noun.slice(1)} này vừa được sửa ở cửa sổ khác (phiên bản ${String(version)}, bạn sửa từ phiên bản ${expected}). Hãy xem giá trị hiện tại rồi chọn giữ của bạn hay lấy bản kia.`,
    undefined,
    current,
  );
}
