import sampleCsv from '../../../resources/samples/units-sample.csv?raw';
import { downloadBytes, MIME_TYPES } from '../../lib/download';

/** The shipped sample list (Hải Phòng, 26 units), as a file the import can check. */
export function sampleUnitsFile(): File {
  return new File([sampleCsv], 'don-vi-mau.csv', { type: MIME_TYPES.csv });
}

/** The columns a unit list has, with what each holds: the help beside the import. */
export const IMPORT_FORMAT_HELP: readonly [string, string][] = [
  ['Mã', 'mã đơn vị, không trùng (nên có, để các dòng khác chỉ cấp trên)'],
  ['Tên', 'bắt buộc'],
  ['Cấp', 'bắt buộc: tỉnh, huyện, xã, phường, thôn, tổ dân phố, cơ quan…'],
  ['Mã cấp trên', 'mã của đơn vị cấp trên (trong tệp hoặc đã có); để trống cho tỉnh'],
  ['Hiệu lực từ, Hiệu lực đến', 'ngày dd/mm/yyyy, có thể để trống'],
  ['Loại cụ thể, Ghi chú', 'có thể để trống'],
];

// Excel opens a UTF-8 CSV with its diacritics only when the file starts with a BOM.
const TEMPLATE = [
  '\uFEFFMã,Tên,Cấp,Mã cấp trên,Hiệu lực từ,Hiệu lực đến,Loại cụ thể,Ghi chú',
  '27,Tỉnh Bắc Ninh,tỉnh,,,,,',
  'BN-X01,Phường Kinh Bắc,phường,27,01/07/2025,,,',
  'BN-X01-T01,Tổ dân phố Đình Bảng,tổ dân phố,BN-X01,,,,',
].join('\r\n');

/** Saves an empty-but-for-examples unit list with every column, to fill in Excel. */
export function downloadTemplate(): void {
  downloadBytes(new Blob([TEMPLATE], { type: MIME_TYPES.csv }), 'mau-danh-sach-don-vi.csv', MIME_TYPES.csv);
}
