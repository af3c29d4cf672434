import { foldForSearch } from '../text/fold';
import type { UnitKind } from '../../contract/units/unit';

/** The columns of a unit list file, by their field names. */
export const IMPORT_COLUMNS = ['code', 'name', 'kind', 'parentCode', 'validFrom', 'validUntil', 'subkind', 'note'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Vietnamese column names for messages. */
export const IMPORT_COLUMN_LABELS: Record<ImportColumn, string> = {
  code: 'Mã',
  name: 'Tên',
  kind: 'Cấp',
  parentCode: 'Mã cấp trên',
  validFrom: 'Hiệu lực từ',
  validUntil: 'Hiệu lực đến',
  subkind: 'Loại cụ thể',
  note: 'Ghi chú',
};

/** Header names accepted for each column (folded: no diacritics, lower case, '_' as space). */
const HEADER_NAMES: Record<ImportColumn, string[]> = {
  code: ['code', 'ma', 'ma don vi', 'ma dv', 'ma so'],
  name: ['name', 'ten', 'ten don vi', 'ten dv'],
  kind: ['kind', 'cap', 'cap don vi', 'loai', 'loai don vi'],
  parentCode: ['parent code', 'parentcode', 'parent', 'ma cap tren', 'ma don vi cap tren', 'ma cha', 'cap tren'],
  validFrom: ['valid from', 'validfrom', 'hieu luc tu', 'tu ngay', 'ngay bat dau', 'ngay hieu luc'],
  validUntil: ['valid until', 'validuntil', 'hieu luc den', 'den ngay', 'ngay het hieu luc'],
  subkind: ['subkind', 'loai cu the', 'phan loai'],
  note: ['note', 'ghi chu'],
};

const foldHeader = (h: string) => foldForSearch(h.replace(/[_\-.]+/g, ' '));

/** Column index of each recognised header; unknown headers are ignored. */
export function mapHeader(header: readonly string[]): Partial<Record<ImportColumn, number>> {
  const map: Partial<Record<ImportColumn, number>> = {};
  header.forEach((h, i) => {
    const folded = foldHeader(h);
    const column = IMPORT_COLUMNS.find((c) => HEADER_NAMES[c].includes(folded));
    if (column && map[column] === undefined) map[column] = i;
  });
  return map;
}

/** Words for each kind, folded; the word itself becomes the subkind where it is specific (phường, thôn…). */
const KIND_WORDS: [string, UnitKind, boolean][] = [
  ['province', 'province', false],
  ['tinh', 'province', false],
  ['tinh/thanh pho', 'province', false],
  ['district', 'district', false],
  ['huyen', 'district', true],
  ['quan', 'district', true],
  ['thi xa', 'district', true],
  ['cap huyen', 'district', false],
  ['commune', 'commune', false],
  ['xa', 'commune', true],
  ['phuong', 'commune', true],
  ['thi tran', 'commune', true],
  ['dac khu', 'commune', true],
  ['cap xa', 'commune', false],
  ['residential_area', 'residential_area', false],
  ['residential area', 'residential_area', false],
  ['khu dan cu', 'residential_area', false],
  ['thon', 'residential_area', true],
  ['xom', 'residential_area', true],
  ['lang', 'residential_area', true],
  ['ban', 'residential_area', true],
  ['ap', 'residential_area', true],
  ['to dan pho', 'residential_area', true],
  ['khu pho', 'residential_area', true],
  ['khom', 'residential_area', true],
  ['organisation', 'organisation', false],
  ['organization', 'organisation', false],
  ['co quan', 'organisation', true],
  ['doanh nghiep', 'organisation', true],
  ['truong hoc', 'organisation', true],
  ['co so giao duc', 'organisation', true],
  ['to chuc', 'organisation', false],
  ['co quan, to chuc', 'organisation', false],
];

/**
 * The kind named by a cell, and the subkind it implies. "Thành phố" is a province when it has no
 * parent and a district-level city otherwise.
 */
export function parseKind(cell: string, hasParent: boolean): { kind: UnitKind; subkind: string | null } | null {
  const folded = foldForSearch(cell.replace(/_/g, ' '));
  if (folded === 'thanh pho') return { kind: hasParent ? 'district' : 'province', subkind: cell.trim().toLowerCase() };
  const hit = KIND_WORDS.find(([word]) => word === folded);
  if (!hit) return null;
  return { kind: hit[1], subkind: hit[2] ? cell.trim().toLowerCase() : null };
}
