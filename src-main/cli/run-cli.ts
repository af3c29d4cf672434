import { openCore } from '../core/app/open-core';
import { toStorageError } from '../core/db/os-errors';
import { StoreOpenError } from '../core/db/store-open-error';
import { parseArgs } from './args';
import { EXIT_FAILED, EXIT_USAGE, requireDbPath } from './cli-context';
import type { CliCommand, CliIo } from './command';
import { commands as defaultCommands } from './commands';

export interface CliOptions {
  /** The app's resources folder (fonts, layouts) for commands that open the core. */
  resourcesDir: string;
  commands?: readonly CliCommand[];
}

/**
 * Runs one CLI command and returns its exit code; never throws. 'core' commands get the core opened on
 * --db and closed afterwards; a database that cannot be opened is reported with its Vietnamese reason.
 */
export async function runCli(argv: readonly string[], io: CliIo, opts: CliOptions): Promise<number> {
  const table = opts.commands ?? defaultCommands;
  const { command: name, args } = parseArgs(argv);
  const command = table.find((c) => c.name === (name ?? 'help'));
  if (!command) {
    io.err(`Không có lệnh "${name}". Gõ "help" để xem danh sách lệnh.`);
    return EXIT_USAGE;
  }
  try {
    if (command.needs === 'raw') return await command.run(args, io, null);
    const dbPath = requireDbPath(args, io);
    if (!dbPath) return EXIT_USAGE;
    const core = await openCore({ dbPath, resourcesDir: opts.resourcesDir, log: (method, err) => io.err(`[${method}] ${describe(err)}`) });
    try {
      return await command.run(args, io, core);
    } finally {
      core.close();
    }
  } catch (err) {
    if (err instanceof StoreOpenError) io.err(err.message);
    // An operating system refusal (no right to write, full disk…) is explained, not reported as a bug.
    else io.err(toStorageError(err, '')?.message ?? `Lệnh "${command.name}" gặp lỗi không mong muốn: ${describe(err)}`);
    return EXIT_FAILED;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
