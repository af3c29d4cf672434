/**
 * Characters no stored text may hold. Control characters print as nothing (or break a CSV, an XLSX
 * cell, a PDF line); a lone surrogate half is not text at all and becomes U+FFFD when SQLite stores it
 * as UTF-8, so what the clerk sees later differs from what was sent. Tab, line feed and carriage
 * return are text only in multi-line fields (a note, a pasted list).
 */

const LINE_BREAK_OR_TAB = /[\t\n\r]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with the text, as a Vietnamese phrase ("ký tự điều khiển U+0000"), or null when it is fine. */
export function firstBadCharacter(text: string, multiline: boolean): string | null {
  const control = firstControl(text);
  if (control !== null) return `ký tự điều khiển ${codePoint(control)}`;
  if (LONE_SURROGATE.test(text)) return 'ký tự Unicode không hợp lệ (nửa cặp thay thế)';
  if (!multiline) {
    const line = LINE_BREAK_OR_TAB.exec(text);
    if (line) return line[0] === '\t' ? 'ký tự tab' : 'dấu xuống dòng';
  }
  return null;
}

/** The first C0 control other than tab, LF and CR, DEL or C1 control, as its code; null when none. */
function firstControl(text: string): number | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return c;
  }
  return null;
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
