import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PART_BYTES, readPart } from '../../../src-main/core/certificates/pdf-part';
import { AppError } from '../../../src-main/core/api/errors';

const dir = mkdtempSync(join(tmpdir(), 'antq-part-'));

function fileOf(bytes: Buffer): string {
  const file = join(dir, `${bytes.length}.bin`);
  writeFileSync(file, bytes);
  return file;
}

describe('a print result handed over in parts', () => {
  it('gives parts of at most the part size whose base64 texts join into the whole file', () => {
    const bytes = randomBytes(3 * 10 + 2);
    const file = fileOf(bytes);
    const parts: string[] = [];
    const starts: number[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const part = readPart(file, offset, 9);
      expect(part.size).toBe(bytes.length);
      expect(Buffer.from(part.base64, 'base64').length).toBeLessThanOrEqual(9);
      starts.push(part.offset);
      parts.push(part.base64);
      offset = part.next;
    }
    expect(starts).toEqual([0, 9, 18, 27]);
    expect(parts.join('')).toBe(bytes.toString('base64'));
  });

  it('keeps the part size a multiple of 3 bytes (no base64 padding but at the end), its base64 under 128 KiB', () => {
    expect(PART_BYTES % 3).toBe(0);
    expect((PART_BYTES / 3) * 4).toBeLessThan(128 * 1024);
  });

  it('answers a file smaller than one part in one part with no next', () => {
    const bytes = randomBytes(1000);
    expect(readPart(fileOf(bytes), 0)).toEqual({ base64: bytes.toString('base64'), offset: 0, size: 1000, next: null });
  });

  it('refuses a start past the end of the file in Vietnamese, naming the size', () => {
    const file = fileOf(randomBytes(12));
    expect(() => readPart(file, 12)).toThrow(AppError);
    expect(() => readPart(file, 13)).toThrow(/vượt quá kích thước tệp PDF \(12 byte\)/);
    expect(readFileSync(file).length).toBe(12);
  });
});
