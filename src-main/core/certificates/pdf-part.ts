import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { AppError } from '../api/errors';

/**
 * The bytes handed over per call: 768 KiB, 1 MiB of base64. A multiple of 3, so the parts' base64 texts
 * join into the whole file's. A 10,000-certificate PDF (≈16 MB) read whole and turned into one 22 MB
 * string cost the process ≈40 MB at its peak, and as much again in every thread and process it crossed.
 */
export const PART_BYTES = 3 * 256 * 1024;

/** One part of a file: its bytes from `offset` as base64, the file's size, and where the next part starts. */
export interface FilePart {
  base64: string;
  offset: number;
  size: number;
  next: number | null;
}

/** Reads the part of `file` that starts at `offset` (at most `partBytes` bytes). */
export function readPart(file: string, offset: number, partBytes = PART_BYTES): FilePart {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (offset > size || (offset === size && size > 0)) {
      throw new AppError('VALIDATION', `Vị trí đọc ${offset} vượt quá kích thước tệp PDF (${size} byte); hãy lấy lại từ đầu (offset 0).`);
    }
    const bytes = Buffer.allocUnsafe(Math.min(partBytes, size - offset));
    for (let at = 0; at < bytes.length;) {
      const read = readSync(fd, bytes, at, bytes.length - at, offset + at);
      if (read === 0) throw new Error(`${file} ended early`);
      at += read;
    }
    const end = offset + bytes.length;
    return { base64: bytes.toString('base64'), offset, size, next: end < size ? end : null };
  } finally {
    closeSync(fd);
  }
}
