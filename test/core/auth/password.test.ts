import { describe, expect, it } from 'vitest';
import { dummyHash, hashPassword, verifyPassword } from '../../../src-main/core/auth/password';
import { TEST_SCRYPT } from '../../fixtures/core';

describe('password hashing', () => {
  const stored = hashPassword('Nguyễn Thị Ánh Tuyết 2026', TEST_SCRYPT);

  it('accepts the password, whether typed composed or decomposed, and nothing else', () => {
    expect(verifyPassword('Nguyễn Thị Ánh Tuyết 2026', stored)).toBe(true);
    expect(verifyPassword('Nguyễn Thị Ánh Tuyết 2026'.normalize('NFD'), stored)).toBe(true);
    for (const wrong of ['', 'Nguyen Thi Anh Tuyet 2026', 'Nguyễn Thị Ánh Tuyết 2026 ', 'nguyễn thị ánh tuyết 2026']) {
      expect(verifyPassword(wrong, stored), wrong).toBe(false);
    }
  });

  it('refuses, without throwing or hashing for long, a stored row whose parameters were tampered with', () => {
    const tampered = [
      { ...stored, params: 'not json' },
      { ...stored, params: JSON.stringify({ N: 2 ** 22, r: 8, p: 1 }) }, // 4 GiB of memory
      { ...stored, params: JSON.stringify({ N: 1000, r: 8, p: 1 }) }, // not a power of two
      { ...stored, params: JSON.stringify({ N: 1024, r: 8, p: 1000 }) },
      { ...stored, hash: stored.hash.slice(0, 10) },
    ];
    for (const row of tampered) expect(verifyPassword('Nguyễn Thị Ánh Tuyết 2026', row), row.params).toBe(false);
  });

  it('salts each hash, and a dummy hash matches no password', () => {
    const again = hashPassword('Nguyễn Thị Ánh Tuyết 2026', TEST_SCRYPT);
    expect(again.salt).not.toBe(stored.salt);
    expect(again.hash).not.toBe(stored.hash);
    expect(verifyPassword('', dummyHash(TEST_SCRYPT))).toBe(false);
  });
});
