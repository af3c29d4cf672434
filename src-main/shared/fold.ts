/**
 * Folds text for diacritic- and case-insensitive search: "Nguyễn Văn Đặng" → "nguyen van dang", spaces
 * collapsed. 'đ'/'Đ' have no Unicode decomposition, so they are mapped explicitly; NFD + stripping marks
 * alone would leave them. The core stores it in `*_search` shadow columns; the renderer matches typed names.
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
