import { constants, gunzipSync, gzipSync } from 'node:zlib';

/**
 * How a package's SQLite database is stored in its file. Format 2 (this build) gzips it: a 100k-record
 * package shrinks from 27 MB to a few MB, so it fits the web transport's body limit and the mail, and the
 * receiver holds a few MB of file instead of tens. gzip's own CRC-32 and length trailer refuse a file cut
 * short or changed in transit before SQLite reads a byte; the signed manifest and its data hash, inside
 * the database, cover exactly what they covered in format 1. Format 1 files (the plain database) are still
 * read: they are signed the same way, and packages made before an office updated may still be on their way.
 */
export const PACKAGE_FORMAT_VERSION = 2;

/** Above this a package is refused unpacked: a small file that inflates to gigabytes must not exhaust memory. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

const GZIP_MAGIC = [0x1f, 0x8b] as const;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** The database of a package file, and the format its file was stored in (the manifest must say the same). */
export interface UnpackedPackage {
  database: Uint8Array;
  formatVersion: 1 | 2;
}

/** Why a file could not be unpacked; the reader turns each into its Vietnamese refusal. */
export class PackageFileError extends Error {
  constructor(readonly reason: 'damaged' | 'too-large') {
    super(`package file ${reason}`);
  }
}

/** The file of a package (format 2): its database, gzipped. */
export function packFile(database: Uint8Array): Buffer {
  return gzipSync(database, { level: 6 });
}

/** The database inside a package file of either format; throws PackageFileError. */
export function unpackFile(file: Uint8Array, maxBytes = MAX_UNPACKED_BYTES): UnpackedPackage {
  if (startsWith(file, SQLITE_MAGIC)) return { database: file, formatVersion: 1 };
  if (file[0] !== GZIP_MAGIC[0] || file[1] !== GZIP_MAGIC[1]) throw new PackageFileError('damaged');
  try {
    return { database: gunzipSync(file, { maxOutputLength: maxBytes, chunkSize: outputChunk(file, maxBytes) }), formatVersion: 2 };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw new PackageFileError(code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'damaged');
  }
}

/**
 * One output chunk as large as the trailer says the database is: gunzip then returns that chunk itself
 * instead of gathering 16 KB pieces and copying them into one buffer (a second copy of the database at
 * the peak). The trailer is only a hint (it may lie, or be the size modulo 4 GB): within the limit, and
 * the inflated length is what counts.
 */
function outputChunk(file: Uint8Array, maxBytes: number): number {
  if (file.length < 18) return constants.Z_DEFAULT_CHUNK;
  const hint = Buffer.from(file.buffer, file.byteOffset, file.byteLength).readUInt32LE(file.length - 4);
  // deflate inflates at most about 1,032 times: a larger claim is a lie, not worth reserving for.
  return Math.max(constants.Z_DEFAULT_CHUNK, Math.min(hint + 1, file.length * 1032 + 1, maxBytes + 1));
}

function startsWith(bytes: Uint8Array, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
