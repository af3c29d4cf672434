import { expect } from 'vitest';
import type { ApiOutput } from '../../../src-main/contract';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk } from '../../fixtures/core';
import { FORM, createDecision, person, seedReferences } from '../commendations/fixtures';

export const LONG_ACHIEVEMENT =
  'Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn năm 2026';

/** A Giấy khen decision (A4 landscape) with an individual typed decomposed and a collective, numbered. */
export async function decisionWithRecipients(core: Core, over: Parameters<typeof createDecision>[1] = {}): Promise<{ id: string }> {
  seedReferences(core);
  const d = await createDecision(core, { awardFormId: FORM.praise, ...over });
  await callOk(core, 'commendations.addRecipient', { ...person({ name: 'Nguyễn Thị Ánh Tuyết'.normalize('NFD') }), decisionId: d.id });
  await callOk(core, 'commendations.addRecipient', {
    ...person({
      kind: 'collective',
      name: 'Tổ bảo vệ an ninh, trật tự thôn Đông Xuyên',
      gender: null,
      birthYear: null,
      position: '',
      achievement: LONG_ACHIEVEMENT,
    }),
    decisionId: d.id,
  });
  await callOk(core, 'commendations.assignRegistryNumbers', { decisionId: d.id });
  return d;
}

/** A valid 2×2 red PNG built by hand (signature, IHDR, IDAT, IEND with their CRCs). */
export async function tinyPng(): Promise<Buffer> {
  const { crc32, deflateSync } = await import('node:zlib');
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const raw = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A finished print job's PDF: its parts taken in turn, as the window's store does, and joined. */
export async function takePdf(core: Core, jobId: string): Promise<{ base64: string; pages: number; fileName: string; parts: number }> {
  const texts: string[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const part: ApiOutput<'certificates.result'> = await callOk(core, 'certificates.result', { jobId, offset });
    expect(part.offset).toBe(offset);
    texts.push(part.base64);
    offset = part.next;
    if (offset === null) return { base64: texts.join(''), pages: part.pages, fileName: part.fileName, parts: texts.length };
  }
  throw new Error('unreachable');
}
