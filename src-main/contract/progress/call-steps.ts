/**
 * The steps long calls report (CallProgress labels), named once for the core that reports them and the
 * windows that show "Bước x/y" with what each count counts.
 */
export const EXCEL_IMPORT_STEPS = {
  read: 'Đọc tệp Excel',
  check: 'Kiểm tra các dòng',
  /** Kinds whose rows are created one by one (a uniqueness rule, models, recipients) check and write together. */
  create: 'Kiểm tra và ghi các dòng',
  write: 'Ghi bản ghi',
} as const;

export const PACKAGE_IMPORT_STEPS = {
  verify: 'Kiểm tra chữ ký và dữ liệu của gói',
  compare: 'Đối chiếu bản ghi của gói với dữ liệu ở đây',
  write: 'Ghi bản ghi',
} as const;
