import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Core } from '../../../src-main/core/app/open-core';
import { admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { person } from '../commendations/fixtures';
import { decisionWithRecipients, tinyPng } from './fixtures';
import { pdfFile, pdfInfo, pdfText } from './pdf-tools';

describe('printing a decision', () => {
  let core: Core;
  let decisionId: string;
  beforeEach(async () => {
    core = await makeTestCore();
    decisionId = (await decisionWithRecipients(core)).id;
  });
  afterEach(() => core.close());

  it('reports a text that cannot fit before printing, and refuses to print it unless told to', async () => {
    const huge = 'Thành tích '.repeat(120).trim();
    const { recipient } = await callOk(core, 'commendations.addRecipient', {
      ...person({ name: 'Trần Văn Dài', birthYear: 1980, achievement: huge }),
      decisionId,
    });
    const pre = await callOk(core, 'certificates.preflight', { decisionId }, viewer);
    expect(pre.problems).toEqual([
      {
        recipientId: recipient.id,
        name: 'Trần Văn Dài',
        problems: [{ field: 'achievement', message: 'Thành tích quá dài: không vừa ô in dù đã giảm cỡ chữ xuống 11.' }],
      },
    ]);
    const refused = await core.dispatch('certificates.render', { decisionId }, clerk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const refusedJob = await core.dispatch('certificates.start', { decisionId }, clerk);
    expect(refusedJob.ok).toBe(false);
    const forced = await callOk(core, 'certificates.render', { decisionId, allowOverflow: true });
    expect(forced.pages).toBe(3);
  });

  it('runs a batch as a job whose progress can be polled, then hands over the PDF once', async () => {
    const text = Array.from({ length: 40 }, (_, i) => `Người Số ${i + 1}\tNam\t19${60 + (i % 30)}\tTổ viên\tXã An Bình\tXuất sắc`).join(
      '\n',
    );
    await callOk(core, 'commendations.pasteRecipients', { decisionId, text });
    const { jobId, total } = await callOk(core, 'certificates.start', { decisionId, mode: 'overlay' });
    expect(total).toBe(42);
    let p = await callOk(core, 'certificates.progress', { jobId });
    const seen = [p];
    for (let i = 0; i < 200 && p.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      p = await callOk(core, 'certificates.progress', { jobId });
      seen.push(p);
    }
    expect(p).toMatchObject({ state: 'done', done: 42, total: 42 });
    const out = await callOk(core, 'certificates.result', { jobId });
    expect(out.fileName).toMatch(/^giay-khen-in-phoi-QD-125-QĐ-CAT-PV01\.pdf$/);
    expect(pdfInfo(pdfFile(out.base64)).pages).toBe(42);
    const again = await core.dispatch('certificates.result', { jobId }, clerk);
    expect(again.ok ? '' : again.error.code).toBe('NOT_FOUND');
  });

  it('hands the PDF over in parts from an offset, keeps the job after a wrong offset, removes it after the last part', async () => {
    const { jobId } = await callOk(core, 'certificates.start', { decisionId, mode: 'full' });
    for (let p = { state: 'running' }; p.state === 'running'; await new Promise((r) => setTimeout(r, 20))) {
      p = await callOk(core, 'certificates.progress', { jobId });
    }
    const wrong = await core.dispatch('certificates.result', { jobId, offset: 1e9 }, clerk);
    expect(wrong.ok ? '' : wrong.error.message).toMatch(/vượt quá kích thước tệp PDF/);
    const whole = await callOk(core, 'certificates.result', { jobId, offset: 0 });
    expect(whole).toMatchObject({ offset: 0, next: null, pages: 2 });
    expect(Buffer.from(whole.base64, 'base64').length).toBe(whole.size);
    expect(pdfInfo(pdfFile(whole.base64)).pages).toBe(2);
    const gone = await core.dispatch('certificates.result', { jobId }, clerk);
    expect(gone.ok ? '' : gone.error.code).toBe('NOT_FOUND');
  });

  it('records the printed-on date only when asked, after the PDF was made', async () => {
    await callOk(core, 'certificates.render', { decisionId });
    const before = await callOk(core, 'commendations.listRecipients', { decisionId });
    expect(before.rows.map((r) => r.printedOn)).toEqual([null, null]);
    expect(await callOk(core, 'certificates.markPrinted', { decisionId, printedOn: '2026-12-20' })).toEqual({ marked: 2 });
    const after = await callOk(core, 'commendations.listRecipients', { decisionId });
    expect(after.rows.map((r) => r.printedOn)).toEqual(['2026-12-20', '2026-12-20']);
  });

  it('stores a PNG emblem and prints it; refuses SVG, broken images and non-admins', async () => {
    const png = await tinyPng();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>');
    const bySvg = await core.dispatch('certificates.setEmblem', { base64: svg.toString('base64') }, admin);
    expect(bySvg).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('PNG hoặc JPEG') } });
    const broken = Buffer.concat([png.subarray(0, 8), Buffer.from('garbage')]);
    expect((await core.dispatch('certificates.setEmblem', { base64: broken.toString('base64') }, admin)).ok).toBe(false);
    const byClerk = await core.dispatch('certificates.setEmblem', { base64: png.toString('base64') }, clerk);
    expect(byClerk.ok ? '' : byClerk.error.code).toBe('FORBIDDEN');
    expect(await callOk(core, 'certificates.emblem', {})).toMatchObject({ set: false });
    await callOk(core, 'certificates.setEmblem', { base64: png.toString('base64') }, admin);
    expect(await callOk(core, 'certificates.emblem', {})).toMatchObject({ set: true, mime: 'image/png', base64: png.toString('base64') });
    const out = await callOk(core, 'certificates.render', { decisionId });
    expect(Buffer.from(out.base64, 'base64').toString('latin1')).toMatch(/\/Subtype \/Image/);
    await callOk(core, 'certificates.clearEmblem', {}, admin);
    const plain = await callOk(core, 'certificates.render', { decisionId });
    expect(Buffer.from(plain.base64, 'base64').toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  });

  it('exports the annex list as PDF (NĐ 30/2020 layout) and as XLSX', async () => {
    const pdf = await callOk(core, 'certificates.annex', { decisionId, format: 'pdf' }, viewer);
    const file = pdfFile(pdf.base64);
    expect(pdfInfo(file)).toMatchObject({ width: 297, height: 210 });
    const text = pdfText(file).normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN');
    expect(text).toContain('(Kèm theo Quyết định số 125/QĐ-CAT-PV01 ngày 15/12/2026 của Giám đốc Công an tỉnh Hải Dương)');
    expect(text).toContain('I. TẬP THỂ (1)');
    expect(text).toContain('II. CÁ NHÂN (1)');
    expect(text).toContain('Bà Nguyễn Thị Ánh Tuyết');
    const xlsx = await callOk(core, 'certificates.annex', { decisionId, format: 'xlsx' }, viewer);
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Danh sách');
    expect(ws?.getCell('A2').value).toBe('(Kèm theo Quyết định số 125/QĐ-CAT-PV01 ngày 15/12/2026 của Giám đốc Công an tỉnh Hải Dương)');
    expect(ws?.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Họ và tên / Tên tập thể',
      'Năm sinh',
      'Chức vụ, đơn vị',
      'Thành tích',
      'Số sổ',
    ]);
    expect(ws?.getCell('B8').value).toBe('Bà Nguyễn Thị Ánh Tuyết');
    expect(ws?.getCell('C8').value).toBe(1978);
    expect(ws?.getCell('F8').value).toBe(1);
  });

  it('answers an empty decision and an unknown one in Vietnamese', async () => {
    const { id: _id, ...stored } = await callOk(core, 'commendations.getDecision', { id: decisionId });
    const empty = await callOk(core, 'commendations.createDecision', { ...stored, number: '999' });
    const r = await core.dispatch('certificates.render', { decisionId: empty.id }, clerk);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Quyết định chưa có người hoặc tập thể nào để in.' } });
    const missing = await core.dispatch('certificates.preflight', { decisionId: '5b0c1b3e-7f3c-4a52-9d0e-2a1b3c4d5e6f' }, viewer);
    expect(missing.ok ? '' : missing.error.code).toBe('NOT_FOUND');
    // Not an id at all: refused by the contract before any lookup (issue 9 item 9).
    const notAnId = await core.dispatch('certificates.preflight', { decisionId: 'nope' }, viewer);
    expect(notAnId.ok ? '' : notAnId.error.code).toBe('VALIDATION');
  });
});
