import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

/** Where compiled bench children go (ignored by git). */
export const BENCH_OUT = resolve(__dirname, 'out');

/**
 * Compiles bench child entries as the app's code is built (one CommonJS bundle each, libraries loaded from
 * node_modules) into bench/out/, side by side: a child then measures the app's memory and speed, not tsx
 * compiling TypeScript on the fly. `entries` maps an output name to its source. Answers the files, by name.
 */
export function compileChildren(entries: Record<string, string>): Record<string, string> {
  buildSync({
    entryPoints: entries,
    outdir: BENCH_OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return Object.fromEntries(Object.keys(entries).map((name) => [name, join(BENCH_OUT, `${name}.js`)]));
}
