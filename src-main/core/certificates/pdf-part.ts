import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { AppError } from '../api/errors';

/**
 * The bytes handed over per call: 96,000, whose base64 (128,000 characters) stays under V8's 128 KiB
 * limit for objects allocated young. A part's buffer and strings (here, and its copy in the thread or
 * process it crosses) then die in the next quick collection; larger parts go straight to the old
 * generation and ≈50 MB of them piled up until a full one. A multiple of 3, so the parts' base64 texts
 * join into the whole file's. (Before parts, the ≈16 MB file of 10,000 certificates was read whole into
 * one 22 MB string: ≈40 MB more at the process's peak.)
 */
export const PART_BYTES = 3 * 32_000;

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
