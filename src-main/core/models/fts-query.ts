/**
 * Search words as FTS4 queries over folded text (text/fold.ts). FTS's simple tokenizer splits on
 * anything but letters and digits, so a word is split the same way and each piece matched as a word
 * prefix: "dang" finds "Đặng" (stored as "dang"), "19/8" finds "19/8". Splitting leaves no FTS
 * operator or quote in the query, so user text cannot change its meaning.
 */
function tokens(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter((t) => t.length > 0);
}

/** One folded search word as a phrase of prefixes ('"19* 8*"'), or null when it has no letters or digits. */
export function ftsPrefixPhrase(foldedWord: string): string | null {
  const t = tokens(foldedWord);
  return t.length === 0 ? null : `"${t.map((x) => `${x}*`).join(' ')}"`;
}

/** Folded filter text as prefixes all required in one FTS column ('name:dang* name:xa*'), or null. */
export function ftsColumnQuery(column: string, foldedText: string): string | null {
  const t = tokens(foldedText);
  return t.length === 0 ? null : t.map((x) => `${column}:${x}*`).join(' ');
}
