/**
 * A sort key whose plain binary order (SQLite's BINARY collation, which sql.js cannot replace: it has
 * no create_collation) is Vietnamese order: "An < Ăn < Ân < … < Dương < Đặng < Đinh", tones
 * (none, huyền, hỏi, ngã, sắc, nặng) ordered after the letters, then case. Stored in `*_sort` columns
 * computed here and indexed, so ORDER BY on a million rows uses the index.
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

/**
 * The key of a text for Vietnamese order under plain binary comparison: letters by the Vietnamese alphabet,
 * then tones, then lowercase before uppercase. Spaces sort before letters, digits as characters (no
 * numeric order), punctuation is ignored, and other letters sort after the alphabet.
 */
export function sortKey(text: string): string {
  let primary = '';
  let tones = '';
  let cases = '';
  for (const ch of text.normalize('NFC').trim()) {
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
    } else if (/[0-9]/.test(ch)) {
      primary += ch;
    } else if (/[\p{L}\p{N}]/u.test(ch)) {
      primary += `~${ch}`;
    }
    // Punctuation is ignored, as in a dictionary.
  }
  // '!' (0x21) separates levels and sorts below every primary character (space is '"', 0x22), so a
  // name sorts before its extensions at every tone: "An" < "Án" < "An Bình".
  return `${primary}!${tones}!${cases}`;
}
