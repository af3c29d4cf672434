/**
 * A sort key whose plain binary order (SQLite's BINARY collation, which sql.js cannot replace: it has
 * no create_collation) is Vietnamese order: "An < Ăn < Ân < … < Dương < Đặng < Đinh", tones
 * (none, huyền, hỏi, ngã, sắc, nặng) ordered after the letters, then case; numbers inside names by value
 * ("Mô hình 2" before "Mô hình 10"). Stored in `*_sort` columns computed here and indexed, so ORDER BY on
 * a million rows uses the index; SQL ORDER BY on the stored keys and a JS sort by sortKey agree.
 */
const ALPHABET = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
const PRIMARY = new Map(ALPHABET.map((letter, i) => [letter, String.fromCharCode(0x41 + i)]));
// Tone marks in Vietnamese dictionary order; no tone sorts first.
const TONES = new Map([
  ['\u0300', '1'],
  ['\u0309', '2'],
  ['\u0303', '3'],
  ['\u0301', '4'],
  ['\u0323', '5'],
]);
// Marks that make a different letter (ă, â, ê, ô, ơ, ư), recomposed before the primary lookup.
const LETTER_MARKS = /[\u0306\u0302\u031b]/;

// A run of digits is written as its length (one character above the space '"' and below the letters,
// '#' for one digit) and its digits without leading zeros, so runs compare by value: "Mô hình 2" < "Mô
// hình 10", "8.2" < "8.10", "01" = "1", as Intl.Collator('vi', { numeric: true }) orders them.
const LONGEST_RUN = 0x40 - 0x22;

function numberKey(digits: string): string {
  const value = digits.replace(/^0+(?=\d)/, '');
  // Past 30 digits (no real name or code) runs keep the top length and compare digit by digit.
  return String.fromCharCode(0x22 + Math.min(value.length, LONGEST_RUN)) + value;
}

/**
 * The key of a text for Vietnamese order under plain binary comparison: letters by the Vietnamese alphabet,
 * then tones, then lowercase before uppercase. Spaces sort before numbers, numbers (runs of digits) by
 * value before letters, punctuation is ignored (it still ends a number), and other letters sort after
 * the alphabet.
 */
export function sortKey(text: string): string {
  let primary = '';
  let tones = '';
  let cases = '';
  let digits = '';
  for (const ch of text.normalize('NFC').trim()) {
    if (/[0-9]/.test(ch)) {
      digits += ch;
      continue;
    }
    if (digits !== '') primary += numberKey(digits);
    digits = '';
    const decomposed = ch.normalize('NFD');
    let base = '';
    let tone = '0';
    for (const part of decomposed) {
      const t = TONES.get(part);
      if (t) tone = t;
      else base += part;
    }
    const letter = base.normalize('NFC');
    const lower = letter.toLowerCase();
    const p =
      PRIMARY.get(lower) ??
      PRIMARY.get(
        lower
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(LETTER_MARKS, ''),
      );
    if (p) {
      primary += p;
      tones += tone;
      cases += lower === letter ? '0' : '1';
    } else if (/\s/.test(ch)) {
      primary += '"';
    } else if (/[\p{L}\p{N}]/u.test(ch)) {
      primary += `~${ch}`;
    }
    // Punctuation is ignored, as in a dictionary.
  }
  if (digits !== '') primary += numberKey(digits);
  // '!' (0x21) separates levels and sorts below every primary character (space is '"', 0x22), so a
  // name sorts before its extensions at every tone: "An" < "Án" < "An Bình".
  return `${primary}!${tones}!${cases}`;
}
