import { closeSync, openSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';

/** How many bytes are gathered before one write to the file. */
const BLOCK_BYTES = 256 * 1024;

/**
 * A sink that writes a PDF to `file` in large synchronous writes. pdfkit emits thousands of tiny buffers a
 * page (slices of 8 KB pools); a write stream would hold them until its asynchronous write completes,
 * long enough for the garbage collector to promote them, so they piled up as ≈60 MB of old buffers
 * between full collections and the process grew with the batch. Copied into one reused block here, each
 * dies young. The writes are synchronous on purpose: they go to the page cache and the core's thread is
 * laying out pages between yields anyway.
 */
export function fileSink(file: string): Writable {
  let fd: number | null = openSync(file, 'w');
  const block = Buffer.allocUnsafe(BLOCK_BYTES);
  let used = 0;
  const flush = (to: number) => {
    for (let at = 0; at < used;) at += writeSync(to, block, at, used - at);
    used = 0;
  };
  const close = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        if (fd === null) throw new Error('file sink already closed');
        for (let at = 0; at < chunk.length;) {
          const copied = chunk.copy(block, used, at);
          used += copied;
          at += copied;
          if (used === BLOCK_BYTES) flush(fd);
        }
        done();
      } catch (err) {
        done(err as Error);
      }
    },
    final(done) {
      try {
        if (fd !== null) flush(fd);
        close();
        done();
      } catch (err) {
        done(err as Error);
      }
    },
    destroy(err, done) {
      try {
        close();
      } catch {
        // The file is removed by the caller; a failed close changes nothing for the print.
      }
      done(err);
    },
  });
}
