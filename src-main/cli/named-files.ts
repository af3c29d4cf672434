import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from './command';
import { formatBytes } from './cli-context';
import { atomicWriteFile } from '../core/db/atomic-write';

/**
 * Reads a file named on the command line, or says which one could not be read (`what`: "tệp", "tệp gói",
 * "tệp khoá") and gives null, so each command only decides its exit code.
 */
export function readInputFile(path: string, io: CliIo, what = 'tệp'): Buffer | null {
  try {
    return readFileSync(resolve(path));
  } catch {
    io.err(`Không đọc được ${what} "${path}".`);
    return null;
  }
}

/**
 * Writes a document the core made (`base64`, as every export answers) to the file named by --out,
 * atomically so a crash never leaves half a report where the old one was, and says what was written.
 */
export function writeOutputFile(out: string, base64: string, what: string, io: CliIo): void {
  const bytes = Buffer.from(base64, 'base64');
  const path = resolve(out);
  atomicWriteFile(path, bytes);
  io.out(`Đã ghi ${what} (${formatBytes(bytes.length)}) vào ${path}`);
}
