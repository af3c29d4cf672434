import { crc32 } from 'node:zlib';
import type { RecordedStatement, StatementSink } from './engine';
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

/**
 * A journal record's payload: its chunks of JSON text (those not already spilled to the journal), the
 * whole payload's length and checksum.
 */
export interface EncodedPayload {
  chunks: readonly Buffer[];
  length: number;
  crc: number;
}

/** About how many characters of JSON go into one chunk of a payload. */
const CHUNK_CHARS = 1 << 20;
/** Past this many bytes a payload is spilled to the journal as it is made (PayloadBuilder). */
const HOLD_BYTES = 4 * 1024 * 1024;

/**
 * A transaction's statements encoded for the journal as they run, a megabyte of UTF-8 at a time. A bulk
 * import's transaction journals tens of megabytes of statements: kept as their parameter arrays until the
 * commit (thousands of JavaScript strings, two bytes a character for Vietnamese text) they weighed about
 * twice their encoding, and were encoded twice more (to measure, then to write). Encoded at once, only the
 * bytes that will be written are held, and the copy is also the snapshot a reused parameter array needs.
 */
export class PayloadBuilder implements StatementSink {
  statements = 0;
  private part = '[';
  private chunks: Buffer[] = [];
  private length = 0;
  private crc = 0;
  private spilling = false;

  /**
   * `spill` takes the chunks once the payload passes `holdBytes`: a bulk import's statements then go to
   * the journal as they are made (journal-writer.ts `spill`) instead of waiting in memory for the commit.
   */
  constructor(
    private readonly spill: ((chunk: Buffer) => void) | null = null,
    private readonly holdBytes = HOLD_BYTES,
  ) {}

  add(sql: string, params: SqlParams | null): void {
    const encoded: EncodedStatement = [sql, params ? encodeParams(params) : null];
    this.part += `${this.statements === 0 ? '' : ','}${JSON.stringify(encoded)}`;
    this.statements += 1;
    if (this.part.length >= CHUNK_CHARS) this.flush();
  }

  /** The whole payload; nothing may be added after. */
  finish(): EncodedPayload {
    this.part += ']';
    this.flush();
    return { chunks: this.chunks, length: this.length, crc: this.crc };
  }

  private flush(): void {
    const chunk = Buffer.from(this.part, 'utf8');
    this.part = '';
    this.chunks.push(chunk);
    this.length += chunk.length;
    this.crc = crc32(chunk, this.crc);
    if (this.spill && (this.spilling || this.length > this.holdBytes)) {
      this.spilling = true;
      for (const held of this.chunks) this.spill(held);
      this.chunks = [];
    }
  }
}

/** The payload of statements already recorded (tests, tools). */
export function encodePayload(statements: readonly RecordedStatement[]): EncodedPayload {
  const builder = new PayloadBuilder();
  for (const [sql, params] of statements) builder.add(sql, params);
  return builder.finish();
}

/** One committed transaction as the bytes of a journal record's payload. */
export function encodeTransaction(statements: readonly RecordedStatement[]): Buffer {
  return Buffer.concat(encodePayload(statements).chunks);
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
