/**
 * How large SQLite's page cache is for a database that sql.js holds in memory. The file is already in
 * memory, so the cache is a second copy of the pages it keeps: what it saves is copying a page in from the
 * in-memory file each time a query reads it, which counts when a report sweeps a large database several
 * times (the 10-year report over a million records: a 64 MB cache took it from ~4 s to ~2.3 s). So the cache
 * follows the file: an eighth of it, between 8 MB and 64 MB. A fixed 64 MB cache filled up during any bulk
 * import and then stayed in the WebAssembly heap, which never shrinks: ~55 MB of a 100k-record import's
 * peak, for no gain in its speed (issue 13; measured in `npm run bench -- exchange`).
 */
const MIN_KIB = 8 * 1024;
const MAX_KIB = 64 * 1024;

/** The cache for a database file of `fileBytes`, in KiB (SQLite's `cache_size = -N`). */
export function pageCacheKib(fileBytes: number): number {
  const eighth = Math.ceil(fileBytes / 8 / 1024);
  return Math.min(MAX_KIB, Math.max(MIN_KIB, eighth));
}
