import { z } from 'zod';
import { requiredText } from '../../shared/input.schema';
import { ROLES } from '../roles';

/** The shortest password an account may have (issue 12 item 1). */
export const MIN_PASSWORD_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing it costs nothing extra. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * A username (tên đăng nhập): ASCII letters, digits, '.', '_', '-', so that "unique ignoring case" means
 * the same thing to SQLite's NOCASE, to the CLI and to a person reading it.
 */
export const Username = z
  .string({ error: 'Hãy nhập tên đăng nhập.' })
  .trim()
  .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự.')
  .max(64, 'Tên đăng nhập dài quá 64 ký tự.')
  .regex(/^[A-Za-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -');

/** A new password: at least 10 characters; kept exactly as typed (spaces count). */
export const NewPassword = z
  .string({ error: 'Hãy nhập mật khẩu.' })
  .min(MIN_PASSWORD_LENGTH, `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)
  .max(MAX_PASSWORD_LENGTH, `Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`)
  .refine((p) => p.trim().length > 0, 'Mật khẩu không được chỉ gồm dấu cách.');

/** The name shown in the app and the audit trail (họ tên hiển thị). */
export const DisplayName = requiredText('Tên hiển thị', 200, 'Hãy nhập tên hiển thị.');

export const RoleField = z.enum(ROLES, { error: 'Vai trò phải là admin (quản trị), clerk (cán bộ) hoặc viewer (lãnh đạo).' });
