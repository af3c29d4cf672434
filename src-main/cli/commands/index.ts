import type { CliCommand } from '../command';
import { backupCommand } from './backup';
import { certificatesCommand } from './certificates';
import { checkCommand } from './check';
import { decisionCommand } from './decision';
import { exportPackageCommand } from './export-package';
import { importPackageCommand } from './import-package';
import { officeCommand, officesCommand } from './office';
import { makeHelpCommand } from './help';
import { importCommand } from './import';
import { importUnitsCommand } from './import-units';
import { initCommand } from './init';
import { listBackupsCommand } from './list-backups';
import { reportCommand } from './report';
import { restoreCommand } from './restore';
import { usersCommand } from './users';

/** Every CLI command, in the order `help` lists them: the database's own, then the domains'. */
export const commands: readonly CliCommand[] = [
  initCommand,
  checkCommand,
  backupCommand,
  listBackupsCommand,
  restoreCommand,
  importUnitsCommand,
  importCommand,
  reportCommand,
  certificatesCommand,
  decisionCommand,
  usersCommand,
  officeCommand,
  officesCommand,
  exportPackageCommand,
  importPackageCommand,
  makeHelpCommand(() => commands),
];
