import type { SheetColumn } from '../records/column-map';

/**
 * The column map of a decision's recipients (người/tập thể được khen) for an Excel import and its
 * template, in the order of a proposal list (danh sách đề nghị). The unit is the text printed on the
 * certificate, as the grid keeps it; the decision is chosen in the dialog, not in the sheet.
 */
export const recipientColumns: readonly SheetColumn[] = [
  {
    field: 'kind',
    header: 'Loại',
    cell: 'choice',
    required: false,
    choices: { 'Cá nhân': 'individual', 'Tập thể': 'collective' },
    aliases: ['Cá nhân/Tập thể', 'Đối tượng'],
  },
  { field: 'name', header: 'Họ tên / Tên tập thể', cell: 'text', required: true, aliases: ['Họ và tên', 'Họ tên', 'Tên tập thể', 'Tên'] },
  { field: 'gender', header: 'Giới tính', cell: 'choice', required: false, choices: { Nam: 'male', Nữ: 'female' }, aliases: ['Nam/Nữ'] },
  { field: 'birthYear', header: 'Năm sinh', cell: 'year', required: false, aliases: ['Sinh năm'] },
  { field: 'position', header: 'Chức vụ', cell: 'text', required: false, aliases: ['Chức vụ, nghề nghiệp', 'Nghề nghiệp'] },
  { field: 'unitName', header: 'Đơn vị', cell: 'text', required: false, aliases: ['Đơn vị công tác', 'Nơi công tác', 'Địa chỉ'] },
  { field: 'achievement', header: 'Thành tích', cell: 'text', required: false, aliases: ['Thành tích đạt được', 'Tóm tắt thành tích'] },
];
