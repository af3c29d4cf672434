/**
 * Values for the API fuzz test, derived from a method's input JSON Schema (as GET /api/schema serves
 * it): a plausible base input, and for each place in it the hostile values a careless or malicious
 * client could send there.
 */
export type JsonSchema = { [key: string]: unknown };
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One hostile input: where it was put and the whole body to send (raw text when JSON cannot say it). */
export interface HostileCase {
  what: string;
  body: Json | { raw: string };
}

const IMPOSSIBLE_DATES = ['2017-02-30', '0000-00-00', '2017-13-01', '9999-99-99'];
const BAD_TEXT = ['a\u0000b', 'a\u001bb', 'a\ud800', '\udc00b'];
const WRONG_TYPES: Json[] = [null, true, -1.5, 'chữ', [], {}];
const DEEP = 100_000;
const FRESH_ID = '5b0c1b3e-7f3c-4a52-9d0e-2a1b3c4d5e6f';

const props = (s: JsonSchema) => (s.properties ?? {}) as Record<string, JsonSchema>;
const options = (s: JsonSchema) => (s.anyOf ?? s.oneOf ?? []) as JsonSchema[];

/** A value the schema accepts, or close to it: each validator is then reached by a change in one place. */
export function baseValue(s: JsonSchema, known: { id: string }): Json {
  if (options(s).length) return baseValue(options(s)[0] ?? {}, known);
  if (s.const !== undefined) return s.const as Json;
  if (Array.isArray(s.enum)) return s.enum[0] as Json;
  if (s.default !== undefined) return s.default as Json;
  switch (s.type) {
    case 'object':
      return Object.fromEntries(((s.required ?? []) as string[]).map((k) => [k, baseValue(props(s)[k] ?? {}, known)]));
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 2017;
    case 'boolean':
      return false;
    case 'string':
      if (s.format === 'uuid') return known.id;
      if (s.maxLength === 10) return '2017-06-01';
      if (s.maxLength === 7) return '2017-06';
      return 'a'.repeat(Math.max(1, Number(s.minLength ?? 1)));
    default:
      return null;
  }
}

/** The hostile values for one place, by what the schema says is there. */
export function hostileValues(s: JsonSchema): Json[] {
  const out: Json[] = [...WRONG_TYPES];
  const types = options(s).map((o) => o.type);
  const type = s.type ?? types.find((t) => t !== 'null');
  if (type === 'string') {
    const max = Number(s.maxLength ?? 1000);
    out.push('a'.repeat(max + 1), ...BAD_TEXT, ' \n\t ', '00000000-0000-0000-0000-000000000000');
    if (s.maxLength === 10) out.push(...IMPOSSIBLE_DATES);
  }
  if (type === 'array') {
    const item = (s.items ?? {}) as JsonSchema;
    const one = baseValue(item, { id: FRESH_ID });
    out.push(
      Array.from({ length: Number(s.maxItems ?? 10) + 1 }, () => one),
      Array.from({ length: 100_000 }, () => 0),
      [one, one],
    );
  }
  if (type === 'integer' || type === 'number') out.push(1e308, 0.5, 2 ** 53 + 1);
  return out;
}

/** Every hostile case for one method: each place changed alone, then the body as a whole. */
export function hostileCases(input: JsonSchema, known: { id: string }): HostileCase[] {
  const base = baseValue(input, known);
  const cases: HostileCase[] = [];
  walk(input, base, [], (path, schema) => {
    for (const value of hostileValues(schema))
      cases.push({ what: `${path.join('.')} = ${preview(value)}`, body: setAt(base, path, value) });
  });
  cases.push(
    { what: 'deep array body', body: { raw: `${'['.repeat(DEEP)}${']'.repeat(DEEP)}` } },
    { what: 'deep object field', body: { raw: `{"x": ${'{"a":'.repeat(DEEP / 10)}1${'}'.repeat(DEEP / 10)}}` } },
    { what: '__proto__ body', body: { raw: `{"__proto__": ${JSON.stringify(base)}}` } },
    { what: 'prototype keys beside the base', body: withPrototypeKeys(base) },
    {
      what: '300 extra keys',
      body: { ...(isObject(base) ? base : {}), ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i])) },
    },
  );
  for (const value of WRONG_TYPES) cases.push({ what: `body = ${preview(value)}`, body: value });
  return cases;
}

function walk(s: JsonSchema, here: Json, path: string[], visit: (path: string[], s: JsonSchema) => void): void {
  const schema = options(s).find((o) => o.type !== 'null') ?? s;
  if (path.length) visit(path, schema);
  if (schema.type !== 'object' || !isObject(here)) return;
  for (const [key, child] of Object.entries(props(schema))) walk(child, here[key] ?? null, [...path, key], visit);
}

function setAt(base: Json, path: readonly string[], value: Json): Json {
  if (path.length === 0) return value;
  const [head = '', ...rest] = path;
  const obj = isObject(base) ? base : {};
  return { ...obj, [head]: setAt(obj[head] ?? null, rest, value) };
}

function withPrototypeKeys(base: Json): Json {
  const obj = isObject(base) ? base : {};
  const rest = JSON.stringify(obj).slice(1, -1);
  const keys = `"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}`;
  return JSON.parse(`{${keys}${rest ? `, ${rest}` : ''}}`) as Json;
}

function isObject(v: Json): v is { [key: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function preview(v: Json): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}… (${text.length} chars)` : text;
}
