import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { fileSink } from '../../../src-main/core/certificates/file-sink';

const dir = mkdtempSync(join(tmpdir(), 'antq-sink-'));

describe('the file sink of a batch print', () => {
  it('writes every chunk in order, across its block size, and the file is complete once it finishes', async () => {
    const chunks = Array.from({ length: 400 }, (_, i) => randomBytes(1 + ((i * 7919) % 5000)));
    chunks.push(randomBytes(600 * 1024)); // larger than a block
    const file = join(dir, 'a.pdf');
    const sink = fileSink(file);
    for (const chunk of chunks) sink.write(chunk);
    sink.end();
    await finished(sink);
    expect(readFileSync(file).equals(Buffer.concat(chunks))).toBe(true);
  });

  it('has written the bytes of every full block before the end, so a long print does not hold them', () => {
    const file = join(dir, 'b.pdf');
    const sink = fileSink(file);
    const block = randomBytes(300 * 1024);
    sink.write(block);
    expect(readFileSync(file).length).toBeGreaterThanOrEqual(256 * 1024);
    sink.destroy();
  });

  it('fails when the file cannot be created', () => {
    expect(() => fileSink(join(dir, 'missing-folder', 'c.pdf'))).toThrow(/ENOENT/);
  });
});
