/**
 * Characters no stored text may hold. Control characters print as nothing (or break a CSV, an XLSX
 * cell, a PDF line); a lone surrogate half is not text at all and becomes U+FFFD when SQLite stores it
 * as UTF-8, so what the clerk sees later differs from what was sent. Tab, line feed and carriage
 * return are text only in multi-line fields (a note, a pasted list).
 */

// C0 controls other than tab, LF and CR; DEL; C1 controls. A regular expression scans a 28 MB import
// in a quarter of the time a charCodeAt loop takes.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with the text, as a Vietnamese phrase ("ký tự điều khiển U+0000"), or null when it is fine. */
export function firstBadCharacter(text: string, multiline: boolean): string | null {
  const control = CONTROL.exec(text);
  if (control) return `ký tự điều khiển ${codePoint(control[0].charCodeAt(0))}`;
  if (LONE_SURROGATE.test(text)) return 'ký tự Unicode không hợp lệ (nửa cặp thay thế)';
  if (!multiline) {
    const line = LINE_BREAK_OR_TAB.exec(text);
    if (line) return line[0] === '\t' ? 'ký tự tab' : 'dấu xuống dòng';
  }
  return null;
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
