import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from './command';

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
