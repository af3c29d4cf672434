import { z } from 'zod';
import { requiredText, text } from '../../shared/input.schema';

/**
 * The office a database belongs to (đơn vị sử dụng: Công an xã / huyện / tỉnh, or the Ministry) and the
 * offices that report to it. An office id is short text an administrator can read out and type
 * (`CAH-THUYNGUYEN`) or a UUID the core made; packages name their sender and receiver by it.
 */
export const OFFICE_LEVELS = ['commune', 'district', 'province', 'ministry'] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];
export const OFFICE_LEVEL_LABELS: Record<OfficeLevel, string> = {
  commune: 'Cấp xã',
  district: 'Cấp huyện',
  province: 'Cấp tỉnh',
  ministry: 'Bộ Công an',
};

/** The receiver id of the Ministry's yearly package (`export-package --to MINISTRY`). */
export const MINISTRY_OFFICE_ID = 'MINISTRY';

export const OfficeId = z
  .string({ error: 'Mã cơ quan không hợp lệ.' })
  .trim()
  .min(1, 'Thiếu mã cơ quan.')
  .max(64, 'Mã cơ quan dài quá 64 ký tự.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Mã cơ quan chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang và gạch dưới.');

export const OfficeLevelSchema = z.enum(OFFICE_LEVELS, { error: 'Cấp cơ quan phải là xã, huyện, tỉnh hoặc Bộ.' });

/** What an administrator sets (office.set); the id only the first time (packages already name it). */
export const OfficeInput = z.object({
  id: OfficeId.optional(),
  /** The unit code of the office's area (mã đơn vị hành chính), how unknown units are placed at the receiver. */
  code: requiredText('Mã đơn vị', 40, 'Hãy nhập mã đơn vị của cơ quan.'),
  name: requiredText('Tên cơ quan', 200, 'Hãy nhập tên cơ quan.'),
  level: OfficeLevelSchema,
  parentOfficeId: OfficeId.nullable().default(null),
});
export type OfficeInput = z.output<typeof OfficeInput>;

/** This database's office as methods show it: never the private key. */
export const OfficeView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: OfficeLevelSchema,
  parentOfficeId: z.string().nullable(),
  publicKey: z.string(),
  /** SHA-256 of the public key in groups of four, read over the phone to the receiving office. */
  fingerprint: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OfficeView = z.output<typeof OfficeView>;

/** A public key in PEM form, as `office.get` shows it and `offices add --key FILE` reads it. */
export const PublicKeyPem = z
  .string({ error: 'Thiếu khoá công khai.' })
  .trim()
  .min(1, 'Thiếu khoá công khai.')
  .max(4000, 'Khoá công khai dài quá 4000 ký tự.')
  .regex(/^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\r\n]+-----END PUBLIC KEY-----$/, 'Khoá công khai phải ở dạng PEM (BEGIN PUBLIC KEY).');

/** offices.add: without `confirm` it only answers the fingerprint to compare (trust on first use). */
export const RegisterOfficeInput = z.object({
  id: OfficeId,
  code: text('Mã đơn vị', 40).default(''),
  name: requiredText('Tên cơ quan', 200, 'Hãy nhập tên cơ quan.'),
  level: OfficeLevelSchema,
  publicKey: PublicKeyPem,
  confirm: z.boolean().default(false),
});

/** A registered office, with what was last received from it. */
export const RegisteredOffice = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: OfficeLevelSchema,
  fingerprint: z.string(),
  addedAt: z.string(),
  addedBy: z.string(),
  lastSequence: z.number().int().nullable(),
  lastAppliedAt: z.string().nullable(),
});
export type RegisteredOffice = z.output<typeof RegisteredOffice>;

export const RegisterOfficeResult = z.object({
  fingerprint: z.string(),
  registered: z.boolean(),
  office: RegisteredOffice.nullable(),
});
