import type { CliCommand } from '../command';
import { backupCommand } from './backup';
import { checkCommand } from './check';
import { makeHelpCommand } from './help';
import { initCommand } from './init';
import { listBackupsCommand } from './list-backups';
import { restoreCommand } from './restore';

/**
 * Every CLI command, in the order `help` lists them. Other domains add theirs here
 * (import-units, certificates, report).
 */
export const commands: readonly CliCommand[] = [
  initCommand,
  checkCommand,
  backupCommand,
  listBackupsCommand,
  restoreCommand,
  makeHelpCommand(() => commands),
];
