/**
 * Text enters the core in NFC. Vietnamese typed with "Unicode tổ hợp" arrives decomposed (NFD); left so,
 * it renders with misplaced marks in PDFs and fails equality and search.
 */
export function normalizeDeep(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeDeep);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeDeep(v);
    return out;
  }
  return value;
}
