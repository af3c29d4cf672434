import { describe, expect, it } from 'vitest';
import { sortKey } from '../../../src-main/core/text/sort-key';
import { foldForSearch, searchPatterns } from '../../../src-main/core/text/fold';

const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKey = (names: string[]) => [...names].sort((a, b) => binary(sortKey(a), sortKey(b)));

describe('Vietnamese sort key', () => {
  it('orders initials as the Vietnamese alphabet, đ after d, accented initials not after z', () => {
    expect(byKey(['Zô', 'Đinh', 'Ân', 'Dương', 'An', 'Ăn', 'Đặng', 'Bình', 'Ơn', 'Ông', 'Oanh', 'Ưng', 'Uyên'])).toEqual([
      'An',
      'Ăn',
      'Ân',
      'Bình',
      'Dương',
      'Đặng',
      'Đinh',
      'Oanh',
      'Ông',
      'Ơn',
      'Uyên',
      'Ưng',
      'Zô',
    ]);
  });

  it('orders tones none, huyền, hỏi, ngã, sắc, nặng and puts a prefix before its extensions', () => {
    expect(byKey(['má', 'mạ', 'mã', 'mà', 'ma', 'mả', 'ma ba'])).toEqual(['ma', 'mà', 'mả', 'mã', 'má', 'mạ', 'ma ba']);
  });

  it('agrees with Intl.Collator("vi") on a list of full names at the primary level', () => {
    const names = [
      'Nguyễn Văn An',
      'Nguyễn Thị Ánh Tuyết',
      'Trần Đức Bảo',
      'Đặng Văn Lâm',
      'Lê Thị Hồng',
      'Phạm Minh Chính',
      'Hoàng Văn Ơn',
      'Võ Thị Sáu',
      'Bùi Tiến Dũng',
      'Dương Văn Minh',
    ];
    const collator = new Intl.Collator('vi', { sensitivity: 'base' });
    const expected = [...names].sort(collator.compare);
    expect(byKey(names)).toEqual(expected);
  });

  it('is the same for NFC and NFD input', () => {
    expect(sortKey('Nguyễn Thị Ánh Tuyết'.normalize('NFD'))).toBe(sortKey('Nguyễn Thị Ánh Tuyết'));
  });
});

describe('search folding', () => {
  it('folds đ/Đ, tones and case', () => {
    expect(foldForSearch('Đặng  Đức ĐÀO')).toBe('dang duc dao');
    expect(foldForSearch('Nguyễn Văn'.normalize('NFD'))).toBe('nguyen van');
  });

  it('turns a query into one escaped LIKE pattern per word', () => {
    expect(searchPatterns(' Nguyễn  văn ')).toEqual(['%nguyen%', '%van%']);
    expect(searchPatterns('50%_a')).toEqual(['%50\\%\\_a%']);
  });
});
