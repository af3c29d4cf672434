import type { CliArgs } from './command';

/**
 * Splits `COMMAND [words…] [--flag value | --flag=value | --switch]` into the command name and its
 * arguments. A flag followed by another flag (or nothing) is a switch.
 */
export function parseArgs(argv: readonly string[]): { command: string | null; args: CliArgs } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    if (eq > 2) {
      flags[word.slice(2, eq)] = word.slice(eq + 1);
      continue;
    }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      flags[word.slice(2)] = next;
      i++;
    } else {
      flags[word.slice(2)] = true;
    }
  }
  const [command, ...rest] = positional;
  return { command: command ?? null, args: { positional: rest, flags } };
}

/** The value of a flag that takes one, or null when absent or given as a bare switch. */
export function flagValue(args: CliArgs, name: string): string | null {
  const v = args.flags[name];
  return typeof v === 'string' && v.length > 0 ? v : null;
}
