import { parse } from 'papaparse';
import { foldForSearch } from '../text/fold';
import type { RecipientInput } from '../../contract/commendations/commendation';

/** A column of the proposal list (danh sách đề nghị khen thưởng) as copied from Excel. */
type Column = 'seq' | 'name' | 'kind' | 'gender' | 'birthYear' | 'position' | 'unit' | 'achievement';

/** Header words, folded; checked in this order so "tên tập thể" is a name, not a kind. */
const HEADER_WORDS: [Column, string[]][] = [
  ['seq', ['stt', 'so tt', 'tt']],
  ['kind', ['loai', 'doi tuong', 'tap the/ca nhan', 'ca nhan/tap the']],
  ['gender', ['gioi tinh', 'gioi', 'nam/nu']],
  ['birthYear', ['nam sinh', 'ngay sinh', 'sinh nam', 'ngay, thang, nam sinh', 'ngay thang nam sinh']],
  ['position', ['chuc vu', 'chuc danh']],
  ['unit', ['don vi', 'noi cong tac', 'dia chi', 'co quan']],
  ['achievement', ['thanh tich', 'ly do']],
  ['name', ['ho va ten', 'ho ten', 'ten']],
];

/** Without a header row the list is read in this order (an optional STT column first). */
const DEFAULT_ORDER: Column[] = ['name', 'gender', 'birthYear', 'position', 'unit', 'achievement'];

/** A header cell is short and starts with one of the words; data such as "Tổ viên ANTT" must not look like one. */
function headerColumn(cell: string): Column | undefined {
  const f = foldForSearch(cell);
  if (!f || f.length > 40) return undefined;
  const starts = (w: string) => f === w || [' ', '/', ',', '(', ':'].some((sep) => f.startsWith(w + sep));
  return HEADER_WORDS.find(([, words]) => words.some(starts))?.[0];
}

export interface PastedRow {
  /** 1-based line of the pasted list (after the header), as the clerk sees it in Excel. */
  line: number;
  input: RecipientInput | null;
  reasons: string[];
}

/** Splits clipboard text from Excel (tab-separated, quoted multi-line cells) into rows of trimmed cells. */
function cells(text: string): string[][] {
  const { data } = parse<string[]>(text.replace(/\r\n?/g, '\n'), { delimiter: '\t', skipEmptyLines: 'greedy' });
  return data.map((row) => row.map((c) => (c ?? '').replace(/\s+/g, ' ').trim()));
}

function columnsOf(rows: string[][]): { order: Column[]; body: string[][] } {
  const first = rows[0] ?? [];
  const header = first.map(headerColumn);
  if (header.includes('name') && header.filter(Boolean).length >= 2) {
    return { order: header.map((c) => c ?? ('ignored' as Column)), body: rows.slice(1) };
  }
  const hasSeq = rows.length > 0 && rows.every((r) => /^\d{1,5}\.?$/.test(r[0] ?? ''));
  return { order: hasSeq ? ['seq', ...DEFAULT_ORDER] : DEFAULT_ORDER, body: rows };
}

function parseGender(v: string): { value: 'male' | 'female' | null; error?: string } {
  const f = foldForSearch(v);
  if (!f) return { value: null };
  if (['nam', 'male', 'm', 'ong'].includes(f)) return { value: 'male' };
  if (['nu', 'female', 'f', 'ba'].includes(f)) return { value: 'female' };
  return { value: null, error: `Giới tính "${v}" không hiểu được (ghi Nam hoặc Nữ).` };
}

function parseBirthYear(v: string): { value: number | null; error?: string } {
  if (!v) return { value: null };
  const m = /^(?:\d{1,2}[/.-]\d{1,2}[/.-])?(\d{4})$/.exec(v);
  if (!m) return { value: null, error: `Năm sinh "${v}" không hợp lệ (ghi 4 chữ số, ví dụ 1975).` };
  return { value: Number(m[1]) };
}

function parseKind(v: string, hasPersonFields: boolean): 'collective' | 'individual' {
  const f = foldForSearch(v);
  if (f.includes('tap the')) return 'collective';
  if (f.includes('ca nhan')) return 'individual';
  return hasPersonFields ? 'individual' : 'collective';
}

function toRow(line: number, order: Column[], row: string[]): PastedRow {
  const get = (c: Column) => row[order.indexOf(c)] ?? '';
  const reasons: string[] = [];
  const gender = parseGender(get('gender'));
  const birth = parseBirthYear(get('birthYear'));
  for (const e of [gender.error, birth.error]) if (e) reasons.push(e);
  const name = get('name');
  if (!name) reasons.push('Thiếu họ tên hoặc tên tập thể.');
  if (name.length > 200) reasons.push('Họ tên dài quá 200 ký tự.');
  if (get('achievement').length > 2000) reasons.push('Thành tích dài quá 2.000 ký tự.');
  const kind = parseKind(get('kind'), Boolean(get('gender') || get('birthYear')));
  const input: RecipientInput = {
    kind,
    name,
    gender: gender.value,
    birthYear: birth.value,
    position: get('position').slice(0, 200),
    unitId: null,
    unitName: get('unit').slice(0, 300),
    achievement: get('achievement'),
    // A pasted list never overrides the once-per-person medal rule: only an administrator, one by one.
    medalOverrideReason: null,
  };
  return { line, input: reasons.length ? null : input, reasons };
}

/** The pasted proposal list as rows, each either a recipient to check further or the reasons it is unreadable. */
export function parseProposalList(text: string): PastedRow[] {
  const { order, body } = columnsOf(cells(text));
  return body.map((row, i) => toRow(i + 1, order, row));
}
