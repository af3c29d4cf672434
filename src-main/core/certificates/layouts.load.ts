import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Layout } from './layout';

const cache = new Map<string, Layout[]>();

/**
 * Reads every layout in `resources/layouts`, validated: a broken layout file stops the app at the first
 * print with a message naming the file, instead of printing a wrong certificate.
 */
export function loadLayouts(resourcesDir: string): Layout[] {
  const dir = join(resourcesDir, 'layouts');
  const cached = cache.get(dir);
  if (cached) return cached;
  const layouts = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = Layout.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`certificate layout ${file} is invalid: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
  cache.set(dir, layouts);
  return layouts;
}

/**
 * The layout for a decision: one naming both its form and authority, else its form, else the generic
 * layout (no forms, no authorities).
 */
export function pickLayout(layouts: readonly Layout[], formCode: string | null, authorityCode: string | null): Layout | undefined {
  const score = (l: Layout): number => {
    const form = l.forms.length === 0 ? 0 : formCode && l.forms.includes(formCode) ? 2 : -1;
    const auth = l.authorities.length === 0 ? 0 : authorityCode && l.authorities.includes(authorityCode) ? 1 : -1;
    return form < 0 || auth < 0 ? -1 : form + auth;
  };
  let best: Layout | undefined;
  let bestScore = -1;
  for (const l of layouts) {
    const s = score(l);
    if (s > bestScore) [best, bestScore] = [l, s];
  }
  return best;
}
