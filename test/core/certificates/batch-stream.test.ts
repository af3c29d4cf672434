import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { PART_BYTES } from '../../../src-main/core/certificates/pdf-part';
import { readPrintData } from '../../../src-main/core/certificates/print.prepare';
import { writeCertificates } from '../../../src-main/core/certificates/print.write';
import { admin, callOk, makeTestCore } from '../../fixtures/core';
import { decisionWithRecipients, takePdf, tinyPng } from './fixtures';
import { pdfFile, pdfInfo, pdfText } from './pdf-tools';

const PASTED = 118;
const LAST = 'Đoàn Thị Hồng Nhung';
const TOTAL = PASTED + 2;

/** The fixture's two recipients (Nguyễn Thị Ánh Tuyết first, typed decomposed), then enough pasted ones for several chunks. */
async function largeDecision(core: Core): Promise<string> {
  const { id } = await decisionWithRecipients(core);
  const rows = Array.from({ length: PASTED }, (_, i) => {
    const [name, gender] = i === PASTED - 1 ? [LAST, 'Nữ'] : [`Trần Văn Người ${i + 1}`, 'Nam'];
    return `${name}\t${gender}\t19${60 + (i % 30)}\tTổ viên\tXã An Bình\tXuất sắc trong phong trào`;
  });
  await callOk(core, 'commendations.pasteRecipients', { decisionId: id, text: rows.join('\n') });
  return id;
}

async function printAsJob(core: Core, decisionId: string, mode: 'full' | 'overlay'): Promise<{ base64: string; pages: number }> {
  const { jobId } = await callOk(core, 'certificates.start', { decisionId, mode });
  let p = await callOk(core, 'certificates.progress', { jobId });
  for (let i = 0; i < 500 && p.state === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 20));
    p = await callOk(core, 'certificates.progress', { jobId });
  }
  expect(p).toMatchObject({ state: 'done', done: TOTAL });
  return takePdf(core, jobId);
}

describe('a batch print streamed page by page', () => {
  let core: Core;
  let decisionId: string;
  beforeEach(async () => {
    core = await makeTestCore();
    decisionId = await largeDecision(core);
  });
  afterEach(() => core.close());

  for (const mode of ['full', 'overlay'] as const) {
    it(`reads back every page with the first and last recipients intact (${mode})`, async () => {
      const out = await printAsJob(core, decisionId, mode);
      const file = pdfFile(out.base64);
      expect(out.pages).toBe(TOTAL);
      expect(pdfInfo(file).pages).toBe(TOTAL);
      expect(pdfText(file, 1).normalize('NFC')).toContain('Bà Nguyễn Thị Ánh Tuyết');
      const last = pdfText(file, TOTAL).normalize('NFC');
      expect(last).toContain(`Bà ${LAST}`);
      expect(last).toContain('Xuất sắc trong phong trào');
      expect(pdfText(file, 1).includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(mode === 'full');
    });
  }

  it('writes the job PDF to a file in the data folder and removes it once the result is taken', async () => {
    const folder = join(core.env.dataDir, 'print-jobs');
    const { jobId } = await callOk(core, 'certificates.start', { decisionId, mode: 'overlay' });
    for (let p = { state: 'running' }; p.state === 'running'; await new Promise((r) => setTimeout(r, 20))) {
      p = await callOk(core, 'certificates.progress', { jobId });
    }
    expect(readdirSync(folder)).toEqual([`${jobId}.pdf`]);
    const first = await callOk(core, 'certificates.result', { jobId });
    expect(first.next).toBe(PART_BYTES);
    expect(existsSync(join(folder, `${jobId}.pdf`))).toBe(true); // more parts to come
    const out = await takePdf(core, jobId);
    expect(out.parts).toBeGreaterThan(1);
    expect(pdfInfo(pdfFile(out.base64)).pages).toBe(TOTAL);
    expect(existsSync(join(folder, `${jobId}.pdf`))).toBe(false);
  });

  it('hands pages to the sink while later pages are still being laid out', async () => {
    const data = readPrintData(core.env.store, core.env.resourcesDir, { decisionId, mode: 'overlay' });
    let written = 0;
    const seen: number[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        written += chunk.length;
        done();
      },
    });
    await writeCertificates(data, sink, (done) => {
      if (done < TOTAL) seen.push(written);
    });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[seen.length - 1]).toBeGreaterThan(seen[0] ?? 0);
  });

  it('fails the print when the sink fails, instead of finishing a broken file', async () => {
    const data = readPrintData(core.env.store, core.env.resourcesDir, { decisionId, mode: 'overlay' });
    const sink = new Writable({
      write(_chunk, _enc, done) {
        done(new Error('disk full'));
      },
    });
    await expect(writeCertificates(data, sink, () => undefined)).rejects.toThrow('disk full');
  });

  it('embeds the emblem once for the whole batch, not once per page', async () => {
    await callOk(core, 'certificates.setEmblem', { base64: (await tinyPng()).toString('base64') }, admin);
    const out = await callOk(core, 'certificates.render', { decisionId, mode: 'full' });
    expect(out.pages).toBe(TOTAL);
    expect(
      Buffer.from(out.base64, 'base64')
        .toString('latin1')
        .match(/\/Subtype \/Image/g),
    ).toHaveLength(1);
  });
});
