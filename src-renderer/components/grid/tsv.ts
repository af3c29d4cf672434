/**
 * Tab-separated text as Excel and LibreOffice put it on the clipboard: rows end with CRLF (or LF), the
 * block ends with one trailing line break, and a cell holding a tab, a quote or a line break is quoted
 * with doubled inner quotes.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === '') {
      const close = readQuoted(text, i);
      if (close) {
        cell = close.value;
        i = close.next;
        continue;
      }
    }
    if (ch === '\t') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 1;
    } else if (ch === '\n' || ch === '\r') endRow();
    else cell += ch;
    i += 1;
  }
  // The trailing line break Excel adds does not start another row.
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * Reads a quoted cell starting at `start`. Returns null when the quote is not a proper quoted cell
 * (no closing quote followed by a separator), so the quote is then kept as text, as Excel does.
 */
function readQuoted(text: string, start: number): { value: string; next: number } | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const after = text[i + 1];
      if (after === undefined || after === '\t' || after === '\n' || after === '\r') return { value, next: i + 1 };
      return null;
    }
    value += ch;
    i += 1;
  }
  return null;
}

/** A block of cells as Excel pastes it back: quoted where needed, CRLF line ends. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const quote = (c: string) => (/[\t\r\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(quote).join('\t')).join('\r\n') + '\r\n';
}
