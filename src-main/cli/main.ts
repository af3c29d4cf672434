/**
 * The administrator CLI (`npm run cli -- COMMAND --db FILE`), built to out/main/cli.js; also runs from
 * source with tsx. Both sit two folders below the project root, so resources/ resolves the same way.
 */
import { resolve } from 'node:path';
import { flagValue, parseArgs } from './args';
import { runCli } from './run-cli';
import { readNewSecret } from './secret-input';

const argv = process.argv.slice(2);
const resourcesDir = flagValue(parseArgs(argv).args, 'resources') ?? resolve(__dirname, '../../resources');

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  readSecret: readNewSecret,
};
runCli(argv, io, { resourcesDir }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
