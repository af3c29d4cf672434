/** Longest text of one value in a described change; a long note is cut, its start is enough to find it. */
const MAX_VALUE = 200;

function shown(value: unknown): string {
  if (value === null || value === undefined) return '(trống)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/** A row's changes as one line per field, "field: before → after", for the XLSX export. */
export function describeChanges(changes: string | null): string {
  if (changes === null) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(changes);
  } catch {
    return changes;
  }
  if (typeof parsed !== 'object' || parsed === null) return '';
  return Object.entries(parsed)
    .map(([field, pair]) => {
      const [before, after] = Array.isArray(pair) ? (pair as unknown[]) : [undefined, pair];
      return `${field}: ${shown(before)} → ${shown(after)}`;
    })
    .join('\n');
}
