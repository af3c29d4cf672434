import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;
let loaded: SqlJsStatic | null = null;

/** Loads the sql.js wasm once per process, from node_modules (never from the network). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  if (!loading) {
    const require = createRequire(__filename);
    const wasmBinary = readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
    // sql.js types the option as ArrayBuffer; a Node Buffer view over it is what Emscripten accepts.
    loading = initSqlJs({ wasmBinary: wasmBinary as unknown as ArrayBuffer }).then((sql) => (loaded = sql));
  }
  return loading;
}

/**
 * The loaded sql.js, for a handler that builds or reads a second database inside its transaction (which
 * must not await): the store opened with loadSqlJs, so by the time a method runs it is there.
 */
export function loadedSqlJs(): SqlJsStatic {
  if (!loaded) throw new Error('sql.js is not loaded yet');
  return loaded;
}
