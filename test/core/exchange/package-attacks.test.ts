import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../src-main/contract';
import { admin, callOk, makeTestCore, viewer } from '../../fixtures/core';
import { packFile } from '../../../src-main/core/exchange/package-file';
import {
  databaseDigest,
  enterWork,
  exportTo,
  importInto,
  makeOffices,
  packageDatabase,
  privateKeyOf,
  register,
  resign,
  type Office,
} from './offices';

let province: Office;
let a: Office;
let b: Office;
let first: Buffer;
let before: string;

beforeAll(async () => {
  ({ province, a, b } = await makeOffices());
  await enterWork(a, 'A1', 1);
  await enterWork(b, 'B1', 1);
  first = await exportTo(a, province.id);
}, 60_000);
afterAll(() => [province, a, b].forEach((o) => o.core.close()));
beforeEach(() => {
  before = databaseDigest(province.core);
});

/** Imports (dry run or not) and expects a refusal that leaves the province's database as it was. */
async function refused(bytes: Uint8Array, message: RegExp, code: ApiError['code'] = 'VALIDATION'): Promise<void> {
  for (const dryRun of [true, false]) {
    const r = await importInto(province, bytes, dryRun);
    expect(r.ok, JSON.stringify(r)).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(message);
      expect(r.error.code).toBe(code);
    }
    expect(databaseDigest(province.core)).toBe(before);
  }
}

describe('a package that cannot be trusted is refused and changes nothing', () => {
  it('one byte of a record changed (and the file compressed again, so only the signed hash can tell)', async () => {
    const bad = packageDatabase(first);
    const at = bad.indexOf(Buffer.from('Phòng chống tội phạm 2', 'utf8'));
    expect(at).toBeGreaterThan(0);
    bad[at] = 'Q'.charCodeAt(0);
    await refused(packFile(bad), /đã bị thay đổi sau khi ký/);
  });

  it('any one byte changed: refused, or (free space in the file) the very same data', async () => {
    const step = Math.floor(first.length / 61);
    for (let at = 0; at < first.length; at += step) {
      const bad = Buffer.from(first);
      bad[at] = bad[at]! ^ 0x5a;
      const r = await importInto(province, bad, true);
      if (!r.ok) expect(r.error.code, `byte ${at}: ${r.error.message}`).toBe('VALIDATION');
      else
        expect(r.data.manifest).toEqual(
          (await callOk(province.core, 'exchange.importPackage', { contentBase64: first.toString('base64'), dryRun: true })).manifest,
        );
    }
    expect(databaseDigest(province.core)).toBe(before);
  }, 60_000);

  it('truncated', async () => {
    await refused(first.subarray(0, Math.floor(first.length / 2)), /bị hỏng/);
    await refused(first.subarray(0, 100), /bị hỏng/);
    await refused(Buffer.from('not a package at all'), /bị hỏng/);
  });

  it('signed by a key other than the one registered for its sender', async () => {
    const forged = await resign(first, privateKeyOf(b), {});
    await refused(forged, /Chữ ký của gói không khớp/);
  });

  it('from an office whose key was never registered', async () => {
    const stranger: Office = { core: await makeTestCore(), id: 'CAH-LA', units: {} };
    await callOk(stranger.core, 'office.set', {
      id: 'CAH-LA',
      code: '313',
      name: 'Công an huyện Lạ',
      level: 'district',
      parentOfficeId: null,
    });
    await refused(await exportTo(stranger, province.id), /chưa được đăng ký khoá/);
    stranger.core.close();
  });

  it('meant for another office', async () => {
    await refused(await exportTo(a, b.id), /gửi cho cơ quan mã "CAH-BINH"/);
  });

  it('made by a newer version of the program (its schema)', async () => {
    const newer = await resign(first, privateKeyOf(a), { manifest: (m) => ({ ...m, schemaVersion: m.schemaVersion + 1 }) });
    await refused(newer, /phiên bản chương trình mới hơn/);
  });

  it('containing a record the receiver owns, or a third office does', async () => {
    const own = await callOk(
      province.core,
      'sessions.create',
      {
        heldOn: '2017-06-01',
        unitId: province.units['A1']!,
        venueKindId: (await anySession(a)).venueKindId,
        formId: (await anySession(a)).formId,
        topic: 'Của tỉnh',
      },
      admin,
    );
    before = databaseDigest(province.core);
    const claim = (id: string) =>
      resign(first, privateKeyOf(a), {
        sql: `
              UPDATE records SET id = '${id}' WHERE target = 'sessions' AND id = (SELECT id FROM records WHERE target = 'sessions' ORDER BY id LIMIT 1);`,
      });
    await refused(await claim(own.id), /không thuộc cơ quan đó/, 'CONFLICT');
    // B's session, once received at the province, is B's: A's package cannot change it either.
    const fromB = await importInto(province, await exportTo(b, province.id));
    expect(fromB.ok).toBe(true);
    before = databaseDigest(province.core);
    await refused(await claim((await anySession(b)).id), /không thuộc cơ quan đó/, 'CONFLICT');
  });
});

async function anySession(o: Office) {
  return (await callOk(o.core, 'sessions.list', { offset: 0, limit: 1 }, viewer)).rows[0]!;
}

describe('package order', () => {
  it('a replayed package changes nothing; an older one or one out of order is refused', async () => {
    const applied = await importInto(province, first);
    expect(applied.ok && applied.data.applied).toBe(true);
    before = databaseDigest(province.core);
    const replay = await importInto(province, first);
    expect(replay.ok && replay.data.alreadyApplied && !replay.data.applied).toBe(true);
    expect(databaseDigest(province.core)).toBe(before);

    await callOk(a.core, 'sessions.update', { id: (await anySession(a)).id, attendees: 77 });
    const second = await exportTo(a, province.id);
    await callOk(a.core, 'sessions.update', { id: (await anySession(a)).id, attendees: 78 });
    const third = await exportTo(a, province.id);
    await refused(third, /không nối tiếp gói đã nhận \(đang chờ gói số 2\)/, 'CONFLICT');
    expect((await importInto(province, second)).ok).toBe(true);
    expect((await importInto(province, third)).ok).toBe(true);
    before = databaseDigest(province.core);
    await refused(second, /Gói số 2 .* cũ hơn gói số 3/, 'CONFLICT');
    await refused(first, /cũ hơn/, 'CONFLICT');
  });

  it('a whole package (--all) may follow any number of lost ones', async () => {
    await exportTo(a, province.id);
    const whole = await exportTo(a, province.id, true);
    const r = await importInto(province, whole);
    expect(r.ok && r.data.applied && r.data.manifest.sequence === 5).toBe(true);
  });

  it('registering a second key for a known office id is refused', async () => {
    const own = (await callOk(b.core, 'office.get', {}))!;
    const r = await province.core.call(
      'offices.add',
      { id: a.id, name: 'x', level: 'district', publicKey: own.publicKey, confirm: true },
      admin,
    );
    expect(r.ok).toBe(false);
    await expect(register(province, a)).rejects.toThrow();
  });
});
