/**
 * Folds text for diacritic- and case-insensitive search: "Nguyễn Văn Đặng" → "nguyen van dang".
 * 'đ'/'Đ' have no Unicode decomposition, so they are mapped explicitly; NFD + stripping marks alone
 * would leave them. Stored in `*_search` shadow columns computed here, never by a SQL function.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A search box's text as SQL LIKE patterns, one per word, each to match anywhere in a folded column. */
export function searchPatterns(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
