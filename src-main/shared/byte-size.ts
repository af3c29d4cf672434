import { formatVnNumber } from './vn-number';

const UNITS = ['B', 'KB', 'MB', 'GB'];

/** A byte count for people, in binary steps with one decimal the Vietnamese way: '512 B', '2,3 MB', '1,5 GB'. */
export function formatByteSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatVnNumber(value, 1)} ${UNITS[unit]}`;
}
