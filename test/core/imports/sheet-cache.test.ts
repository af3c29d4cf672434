import { describe, expect, it } from 'vitest';
import { readSheetOnce } from '../../../src-main/core/imports/sheet-cache';
import { xlsxBase64 } from './xlsx';

const file = async (text: string) => Buffer.from(await xlsxBase64([['Tên'], [text]]), 'base64');

describe('a file read for a preview and its apply', () => {
  it('is parsed once for the same bytes, again for other bytes, and let go by the apply', async () => {
    const a = await file('Xã An Một');
    const preview = await readSheetOnce(a, true);
    expect(preview[1]?.cells[0]).toEqual({ type: 'text', text: 'Xã An Một' });
    const apply = await readSheetOnce(Buffer.from(a), false);
    expect(apply).toBe(preview);
    // Dropped by the apply: the next read parses again.
    expect(await readSheetOnce(a, true)).not.toBe(preview);
    const other = await readSheetOnce(await file('Xã An Hai'), true);
    expect(other[1]?.cells[0]).toEqual({ type: 'text', text: 'Xã An Hai' });
  });
});
