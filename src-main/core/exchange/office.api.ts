import { exchangeContract } from '../../contract/exchange/exchange.contract';
import type { OfficeView, RegisteredOffice } from '../../contract/exchange/office';
import { handle } from '../api/define';
import { AppError, fieldError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { canonicalPublicKey, keyFingerprint, newOfficeKeys } from './keys';
import {
  findKnownOffice,
  insertKnownOffice,
  insertOffice,
  lastApplied,
  listKnownOffices,
  readOffice,
  updateOffice,
  type KnownOffice,
  type StoredOffice,
} from './office.repo';

/** The office as methods show it: the private key stays in the database. */
function officeView({ privateKey: _secret, ...o }: StoredOffice): OfficeView {
  return { ...o, fingerprint: keyFingerprint(o.publicKey) };
}

/** This database's office; refused in Vietnamese until an administrator has set it. */
export function requireOffice(db: ReadDb): StoredOffice {
  const office = readOffice(db);
  if (!office)
    throw new AppError(
      'VALIDATION',
      'Chưa đặt thông tin cơ quan (mã, tên, cấp). Hãy vào Cài đặt → Trao đổi dữ liệu, hoặc chạy "office set", rồi thử lại.',
    );
  return office;
}

export const getOffice = handle(exchangeContract, 'office.get', (ctx) => {
  const office = readOffice(ctx.db);
  return office ? officeView(office) : null;
});

/** Sets the office; the first time makes its id (unless given) and its signing key pair. */
export const setOffice = handle(exchangeContract, 'office.set', (ctx, input) => {
  const current = readOffice(ctx.db);
  const fields = { code: input.code, name: input.name, level: input.level, parentOfficeId: input.parentOfficeId };
  if (current) {
    if (input.id !== undefined && input.id !== current.id)
      throw fieldError(['id'], `Mã cơ quan đã đặt là "${current.id}" và các gói đã gửi mang mã đó; không đổi được.`);
    updateOffice(ctx.db, fields, ctx.now);
  } else {
    const keys = newOfficeKeys();
    insertOffice(ctx.db, { ...fields, id: input.id ?? ctx.newId(), ...keys, createdAt: ctx.now, updatedAt: ctx.now });
  }
  if (fields.parentOfficeId !== null && fields.parentOfficeId === (current?.id ?? input.id))
    throw fieldError(['parentOfficeId'], 'Cơ quan cấp trên phải là một cơ quan khác.');
  return officeView(requireOffice(ctx.db));
});

function registeredView(db: ReadDb, o: KnownOffice): RegisteredOffice {
  const last = lastApplied(db, o.id);
  return {
    id: o.id,
    code: o.code,
    name: o.name,
    level: o.level,
    fingerprint: o.fingerprint,
    addedAt: o.addedAt,
    addedBy: o.addedBy,
    lastSequence: last?.sequence ?? null,
    lastAppliedAt: last?.appliedAt ?? null,
  };
}

export const listOffices = handle(exchangeContract, 'offices.list', (ctx) =>
  listKnownOffices(ctx.db).map((o) => registeredView(ctx.db, o)),
);

/**
 * Registers a reporting office's key, trust on first use: without `confirm` it only answers the key's
 * fingerprint, which the administrator compares with the one the office reads out over the phone.
 * A registered id keeps its key (a new key would let anyone who claims the id sign its packages).
 */
export const addOffice = handle(exchangeContract, 'offices.add', (ctx, input) => {
  const publicKey = canonicalPublicKey(input.publicKey);
  if (!publicKey)
    throw fieldError(['publicKey'], 'Khoá công khai không hợp lệ: cần khoá Ed25519 ở dạng PEM, lấy từ "office show" của cơ quan đó.');
  const fingerprint = keyFingerprint(publicKey);
  const own = readOffice(ctx.db);
  if (own && own.id === input.id) throw fieldError(['id'], 'Đây là mã của chính cơ quan này.');
  const existing = findKnownOffice(ctx.db, input.id);
  if (existing) {
    if (existing.publicKey !== publicKey)
      throw fieldError(
        ['publicKey'],
        `Cơ quan "${existing.name}" (mã ${existing.id}) đã được đăng ký với một khoá khác; không thay khoá đã tin cậy.`,
      );
    return { fingerprint, registered: true, office: registeredView(ctx.db, existing) };
  }
  if (!input.confirm) return { fingerprint, registered: false, office: null };
  const office: KnownOffice = {
    id: input.id,
    code: input.code,
    name: input.name,
    level: input.level,
    publicKey,
    fingerprint,
    addedAt: ctx.now,
    addedBy: ctx.caller.name,
  };
  insertKnownOffice(ctx.db, office);
  return { fingerprint, registered: true, office: registeredView(ctx.db, office) };
});
