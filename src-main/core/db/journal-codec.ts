import type { RecordedStatement } from './engine';
import type { SqlParams, SqlValue } from './types';

/**
 * JSON form of one transaction's statements. Parameter values are string | number | null, or a
 * one-element array holding base64 for bytes: SqlValue is never an array, so this cannot be confused
 * with text, and Uint8Array parameters come back as Uint8Array on replay.
 */
type EncodedValue = string | number | null | [string];
type EncodedParams = { a: EncodedValue[] } | { o: [string, EncodedValue][] };
type EncodedStatement = [string, EncodedParams | null];

function encodeValue(v: SqlValue): EncodedValue {
  return v instanceof Uint8Array ? [Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')] : v;
}

function decodeValue(v: EncodedValue): SqlValue {
  return Array.isArray(v) ? new Uint8Array(Buffer.from(v[0], 'base64')) : v;
}

function encodeParams(p: SqlParams): EncodedParams {
  if (Array.isArray(p)) return { a: p.map(encodeValue) };
  return { o: Object.entries(p).map(([k, v]) => [k, encodeValue(v)]) };
}

function decodeParams(p: EncodedParams): SqlParams {
  if ('a' in p) return p.a.map(decodeValue);
  return Object.fromEntries(p.o.map(([k, v]) => [k, decodeValue(v)]));
}

/** One committed transaction as the bytes of a journal record's payload. */
export function encodeTransaction(statements: readonly RecordedStatement[]): Buffer {
  return Buffer.concat([...encodeTransactionChunks(statements)]);
}

/** About how many characters of JSON go into one chunk of a payload. */
const CHUNK_CHARS = 1 << 20;

/**
 * The same payload as encodeTransaction, as consecutive chunks of about a megabyte. A bulk import's
 * transaction journals hundreds of megabytes of statements; made whole, its JSON text, that text's bytes
 * and the framed record were each a copy of that size alive at once. Chunk by chunk, only one is.
 */
export function* encodeTransactionChunks(statements: readonly RecordedStatement[]): Generator<Buffer> {
  let part = '[';
  for (let i = 0; i < statements.length; i++) {
    const [sql, params] = statements[i]!;
    const encoded: EncodedStatement = [sql, params ? encodeParams(params) : null];
    part += `${i === 0 ? '' : ','}${JSON.stringify(encoded)}`;
    if (part.length >= CHUNK_CHARS) {
      yield Buffer.from(part, 'utf8');
      part = '';
    }
  }
  yield Buffer.from(`${part}]`, 'utf8');
}

/** The inverse of encodeTransaction; throws on anything that is not a well-formed payload. */
export function decodeTransaction(payload: Buffer): RecordedStatement[] {
  const parsed: unknown = JSON.parse(payload.toString('utf8'));
  if (!Array.isArray(parsed)) throw new Error('journal record is not a list of statements');
  return (parsed as EncodedStatement[]).map(([sql, params]) => {
    if (typeof sql !== 'string') throw new Error('journal statement without SQL');
    return [sql, params ? decodeParams(params) : null];
  });
}
