import type { FieldIssue } from './errors';
import { firstBadCharacter } from '../../shared/safe-text';

/**
 * The first look at a call's input, before its schema: plain JSON data of bounded shape, text in NFC.
 * It runs for every call on every transport (the dispatcher, and the core host before a value crosses
 * to the worker), so the schema and the handler never see a 100,000-deep array, an object with
 * 100,000 keys, a prototype key or a NUL byte. Bounds are far above any legitimate call: the deepest
 * input (a list query's sort) is 3 levels, the widest object about 20 keys.
 */
export const MAX_INPUT_DEPTH = 32;
export const MAX_OBJECT_KEYS = 256;

/**
 * Keys a body may carry but no schema declares, which would reach `Object.prototype` if copied by
 * assignment (`out['__proto__'] = …` sets the prototype) or confuse a handler that spreads its input.
 */
const DROPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type CleanResult = { ok: true; value: unknown } | { ok: false; issues: FieldIssue[] };

type Path = (string | number)[];

const NON_ASCII = /[\u0080-\uFFFF]/;

class Refused extends Error {
  constructor(readonly issue: FieldIssue) {
    super(issue.message);
  }
}

/** The input cleaned, or the first problem with its path. Never throws. */
export function cleanInput(raw: unknown): CleanResult {
  try {
    return { ok: true, value: clean(raw, [], 0) };
  } catch (err) {
    if (err instanceof Refused) return { ok: false, issues: [err.issue] };
    // Only a refusal is expected here; anything else (a getter that throws) is still not data.
    return { ok: false, issues: [{ path: [], message: 'Dữ liệu gửi lên không hợp lệ.' }] };
  }
}

/** `path` is where `value` sits; it grows and shrinks as the walk goes (copied only for a refusal). */
function clean(value: unknown, path: Path, depth: number): unknown {
  if (typeof value === 'string') return cleanText(value, path);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_INPUT_DEPTH) refuse(path, `Dữ liệu gửi lên lồng nhau quá sâu (tối đa ${MAX_INPUT_DEPTH} cấp).`);
  if (Array.isArray(value)) return value.map((item, i) => inside(path, i, () => clean(item, path, depth + 1)));
  // Only plain data: a Date or a Map is passed through for the schema to refuse by its type.
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const keys = Object.keys(value);
  if (keys.length > MAX_OBJECT_KEYS) refuse(path, `Dữ liệu gửi lên có quá nhiều trường (tối đa ${MAX_OBJECT_KEYS}).`);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (DROPPED_KEYS.has(key)) continue;
    const item: unknown = (value as Record<string, unknown>)[key];
    // With __proto__ dropped, assignment to a fresh object reaches no setter.
    out[key] = inside(path, key, () => {
      cleanText(key, path);
      return clean(item, path, depth + 1);
    });
  }
  return out;
}

function inside<T>(path: Path, step: string | number, walk: () => T): T {
  path.push(step);
  const result = walk();
  path.pop();
  return result;
}

function cleanText(text: string, path: Path): string {
  const bad = firstBadCharacter(text, true);
  if (bad) refuse(path, `${fieldName(path)} chứa ${bad}; hãy xoá ký tự đó rồi gửi lại.`);
  // ASCII is its own NFC; the test is four times quicker than normalize on a large base64 file.
  return NON_ASCII.test(text) ? text.normalize('NFC') : text;
}

function fieldName(path: Path): string {
  return path.length ? `Trường "${path.join('.')}"` : 'Dữ liệu gửi lên';
}

function refuse(path: Path, message: string): never {
  throw new Refused({ path: [...path], message });
}
