import { z } from 'zod';
import { defineContract } from '../method-spec';
import { list, text, uuid } from '../../shared/input.schema';

/** The record kinds an Excel import fills (units have their own, units.import). */
export const IMPORT_KINDS = ['models', 'sessions', 'outcomes', 'registrations', 'recipients'] as const;
export const ImportKind = z.enum(IMPORT_KINDS, {
  error: 'Loại dữ liệu nhập phải là mô hình, tuyên truyền, kết quả, đăng ký hoặc khen thưởng.',
});
export type ImportKind = z.output<typeof ImportKind>;

/** 20 MB of file, as base64. */
const MAX_BASE64 = 28_000_000;
/** Columns of a sheet the mapping may name (A…ZZ is far more than any list a clerk keeps). */
const MAX_COLUMNS = 200;

/**
 * Which field each file column feeds, by column index from 0 (A); null: the column is ignored. Sent
 * back by the dialog once the clerk has corrected what the headers suggested.
 */
export const ImportMapping = list(text('Trường dữ liệu', 64).nullable(), MAX_COLUMNS);
export type ImportMapping = z.output<typeof ImportMapping>;

/** An Excel file to import, and where its rows go. */
export const ImportInput = z.object({
  kind: ImportKind,
  fileBase64: z
    .string({ error: 'Chưa có nội dung tệp.' })
    .min(1, 'Tệp rỗng.')
    .max(MAX_BASE64, 'Tệp quá lớn (tối đa 20 MB).')
    .regex(/^[A-Za-z0-9+/=\r\n]+$/, 'Nội dung tệp không đúng dạng base64.'),
  /** The file's name, kept with the import so the page can say what it undoes. */
  fileName: text('Tên tệp', 255).optional(),
  mapping: ImportMapping.optional(),
  /** For recipients: the decision (quyết định khen thưởng) they are added to. */
  decisionId: uuid('Quyết định khen thưởng').optional(),
});
export type ImportInput = z.input<typeof ImportInput>;

/** One column of the file: its letter, its header text and the field it feeds (null: ignored). */
export const ImportFileColumn = z.object({ index: z.number().int(), letter: z.string(), header: z.string(), field: z.string().nullable() });
/** One field of the kind: where its values come from (a column letter, or null when no column feeds it). */
export const ImportField = z.object({
  field: z.string(),
  label: z.string(),
  required: z.boolean(),
  letter: z.string().nullable(),
  hint: z.string(),
});
/** A problem in the file: a cell (row and column letter), a whole row (column null) or the file (row null). */
export const ImportProblem = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.output<typeof ImportProblem>;

/** What an import would do: the header row found, the column mapping, the problems (first 500) and counts. */
export const ImportPreview = z.object({
  kind: ImportKind,
  headerRow: z.number().int().nullable(),
  columns: z.array(ImportFileColumn),
  fields: z.array(ImportField),
  rows: z.number().int(),
  problems: z.array(ImportProblem),
  problemCount: z.number().int(),
  ready: z.boolean(),
});
export type ImportPreview = z.output<typeof ImportPreview>;

/** An import that was applied, as the page offers to undo it. */
export const ImportRecord = z.object({
  id: z.string(),
  kind: ImportKind,
  decisionId: z.string().nullable(),
  fileName: z.string(),
  created: z.number().int(),
  createdAt: z.string(),
});

/** Excel import (nhập từ Excel) of every record kind: preview, apply all-or-nothing, undo, template. */
export const importsContract = defineContract({
  'imports.preview': {
    role: 'clerk',
    summary: 'Kiểm tra tệp Excel trước khi nhập: dòng tiêu đề, ghép cột, lỗi từng ô (không lưu gì).',
    input: ImportInput,
    output: ImportPreview,
  },
  'imports.apply': {
    role: 'clerk',
    summary: 'Nhập tệp Excel: tất cả các dòng trong một lần, hoặc không dòng nào nếu còn lỗi.',
    input: ImportInput,
    output: ImportRecord,
  },
  'imports.undo': {
    role: 'clerk',
    summary: 'Hoàn tác một lần nhập: xoá đúng các bản ghi nó đã tạo (không được nếu có bản ghi đã sửa sau đó).',
    input: z.object({ importId: uuid('Mã lần nhập') }),
    output: z.object({ removed: z.number().int() }),
  },
  'imports.last': {
    role: 'viewer',
    summary: 'Lần nhập gần nhất chưa hoàn tác của một loại dữ liệu (để trang đề nghị hoàn tác).',
    input: z.object({ kind: ImportKind, decisionId: uuid('Quyết định khen thưởng').optional() }),
    output: z.object({ last: ImportRecord.nullable() }),
  },
  'imports.template': {
    role: 'clerk',
    summary: 'Tệp Excel mẫu để nhập một loại dữ liệu (tiêu đề, chú thích, danh sách chọn).',
    input: z.object({ kind: ImportKind }),
    output: z.object({ base64: z.string(), fileName: z.string() }),
  },
});
