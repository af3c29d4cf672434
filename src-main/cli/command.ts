import type { Core } from '../core/app/open-core';

/** Parsed `--flag value` options and bare positional words of one CLI command. */
export interface CliArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/** Where a command writes. Messages to the administrator are Vietnamese; never print personal data. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Reads a password without echoing it (`--password-stdin`); null when none came. Absent: no input. */
  readSecret?(prompt: string): Promise<string | null>;
}

/** One administrator command (`npm run cli -- NAME --db FILE …`). */
export interface CliCommand {
  name: string;
  /** e.g. 'certificates --decision ID --out FILE.pdf [--overlay]' */
  usage: string;
  summary: string;
  /**
   * 'core': the runner opens the core on --db first and passes it (closing it after);
   * 'raw': the command opens files itself (check, restore), and gets `core: null`.
   */
  needs: 'core' | 'raw';
  /** Returns the process exit code: 0 only on success. */
  run(args: CliArgs, io: CliIo, core: Core | null): Promise<number>;
}
