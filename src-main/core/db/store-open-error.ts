/** Why an office database could not be opened. */
export type StoreOpenReason =
  | 'locked'
  | 'empty'
  | 'truncated'
  | 'not-sqlite'
  | 'damaged'
  | 'too-new'
  | 'foreign-file'
  | 'journal-corrupt'
  | 'journal-mismatch'
  | 'journal-foreign'
  | 'journal-replay'
  | 'journal-without-db'
  | 'read-only'
  | 'file-access';

/**
 * Opening refused. `message` is Vietnamese for the administrator and names the file; the file was left
 * exactly as it was. `newestBackup` is the backup to offer for restoring, when there is one.
 */
export class StoreOpenError extends Error {
  constructor(
    readonly reason: StoreOpenReason,
    readonly file: string,
    message: string,
    readonly newestBackup: string | null = null,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

const EXPLANATIONS: Record<StoreOpenReason, string> = {
  locked: 'đang được một chương trình khác mở',
  empty: 'tệp rỗng (0 byte), không phải cơ sở dữ liệu',
  truncated: 'tệp bị cắt cụt (thiếu phần cuối), có thể do sao chép dở dang',
  'not-sqlite': 'tệp không phải cơ sở dữ liệu SQLite',
  damaged: 'cơ sở dữ liệu bị hỏng (kiểm tra toàn vẹn không đạt)',
  'too-new': 'tệp được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng',
  'foreign-file':
    'tệp không phải cơ sở dữ liệu của ứng dụng này (có thể là tệp của một chương trình khác); hãy chọn đúng tệp cơ sở dữ liệu của ứng dụng',
  'journal-corrupt': 'tệp nhật ký ghi (.journal) bị hỏng, không thể khôi phục các thay đổi từ chỗ hỏng trở đi',
  'journal-mismatch': 'tệp nhật ký ghi (.journal) không khớp với tệp cơ sở dữ liệu (tệp có thể đã bị thay bằng bản cũ hơn)',
  'journal-foreign':
    'tệp nhật ký ghi (.journal) thuộc về một cơ sở dữ liệu khác; hãy chuyển tệp nhật ký đó ra khỏi thư mục nếu nó được chép nhầm vào đây',
  'journal-replay': 'không áp dụng lại được nhật ký ghi (.journal)',
  'journal-without-db': 'có tệp nhật ký ghi (.journal) nhưng thiếu tệp cơ sở dữ liệu',
  'read-only': 'tệp đang ở chế độ chỉ đọc',
  'file-access': 'hệ điều hành không cho đọc hoặc ghi tệp',
};

/** The Vietnamese refusal: what is wrong, that nothing was changed, and which backup to restore. */
export function openRefusal(reason: StoreOpenReason, file: string, newestBackup: string | null, detail = ''): StoreOpenError {
  const parts = [`Không mở được cơ sở dữ liệu "${file}": ${EXPLANATIONS[reason]}${detail ? ` (${detail})` : ''}.`];
  if (reason !== 'locked') parts.push('Tệp được giữ nguyên, không bị sửa đổi.');
  if (newestBackup && reason !== 'locked') {
    parts.push(
      `Bản sao lưu gần nhất: "${newestBackup}". Có thể khôi phục bằng lệnh: npm run cli -- restore "${newestBackup}" --db "${file}".`,
    );
  } else if (reason !== 'locked') {
    parts.push('Không tìm thấy bản sao lưu nào.');
  }
  return new StoreOpenError(reason, file, parts.join(' '), newestBackup);
}
