import { foldForSearch } from '../../shared/fold';

// Folding is pure and shared with the renderer; the core's many repositories keep importing it from here.
export { foldForSearch };

/** A search box's text as SQL LIKE patterns, one per word, each to match anywhere in a folded column. */
export function searchPatterns(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
