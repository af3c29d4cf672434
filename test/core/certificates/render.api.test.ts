import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore } from '../../fixtures/core';
import { FORM } from '../commendations/fixtures';
import { LONG_ACHIEVEMENT, decisionWithRecipients } from './fixtures';
import { pdfFile, pdfFonts, pdfInfo, pdfText, pdfWords } from './pdf-tools';
const MM = 72 / 25.4;

describe('certificates.render (PDF read back)', () => {
  let core: Core;
  let decisionId: string;
  beforeEach(async () => {
    core = await makeTestCore();
    decisionId = (await decisionWithRecipients(core)).id;
  });
  afterEach(() => core.close());

  it('prints each recipient on its own A4 landscape page with correct diacritics, even from NFD input', async () => {
    const out = await callOk(core, 'certificates.render', { decisionId, mode: 'full' });
    const file = pdfFile(out.base64);
    expect(pdfInfo(file)).toEqual({ pages: 2, width: 297, height: 210 });
    const page1 = pdfText(file, 1).normalize('NFC');
    expect(page1).toContain('Bà Nguyễn Thị Ánh Tuyết');
    expect(page1).toContain('Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2026');
    expect(page1).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(page1).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(page1).toContain('GIẤY KHEN');
    expect(page1).toContain('TẶNG');
    expect(page1).toContain('Hải Dương, ngày 15 tháng 12 năm 2026');
    expect(page1).toContain('Số sổ: 1');
    const page2 = pdfText(file, 2).normalize('NFC').replace(/\s+/g, ' ');
    expect(page2).toContain('Tập thể Tổ bảo vệ an ninh, trật tự thôn Đông Xuyên');
    expect(page2).toContain(LONG_ACHIEVEMENT);
  });

  it('embeds the Tinos font (subset, Unicode) and no other', async () => {
    const out = await callOk(core, 'certificates.render', { decisionId, mode: 'full' });
    const fonts = pdfFonts(pdfFile(out.base64)).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/Tinos.*yes\s+yes\s+yes/);
  });

  it('prints a Bằng khen on A3 landscape', async () => {
    const merit = await decisionWithRecipients(core, { number: '88', awardFormId: FORM.merit });
    const out = await callOk(core, 'certificates.render', { decisionId: merit.id });
    const file = pdfFile(out.base64);
    expect(pdfInfo(file)).toEqual({ pages: 2, width: 420, height: 297 });
    expect(pdfText(file, 1)).toContain('BẰNG KHEN');
  });

  it('prints only the selected recipients', async () => {
    const list = await callOk(core, 'commendations.listRecipients', { decisionId });
    const out = await callOk(core, 'certificates.render', { decisionId, recipientIds: [list.rows[1]!.id] });
    expect(out.pages).toBe(1);
    expect(pdfInfo(pdfFile(out.base64)).pages).toBe(1);
    const stranger = await core.dispatch(
      'certificates.render',
      { decisionId, recipientIds: ['5b0c1b3e-7f3c-4a52-9d0e-2a1b3c4d5e6f'] },
      clerk,
    );
    expect(stranger.ok ? '' : stranger.error.code).toBe('NOT_FOUND');
  });

  it('prints in overlay mode only the variable fields, moved by the saved printer offsets', async () => {
    const layouts = await callOk(core, 'certificates.layouts', {});
    const layoutId = (await callOk(core, 'certificates.preflight', { decisionId, mode: 'overlay' })).layoutId;
    expect(layouts.map((l) => l.id)).toContain(layoutId);
    const before = pdfFile((await callOk(core, 'certificates.render', { decisionId, mode: 'overlay' })).base64);
    const text = pdfText(before, 1);
    expect(text).not.toContain('CỘNG HÒA');
    expect(text).not.toContain('GIẤY KHEN');
    expect(text.normalize('NFC')).toContain('Bà Nguyễn Thị Ánh Tuyết');
    await callOk(core, 'certificates.setOffsets', { layoutId, x: 10, y: -10 });
    const after = pdfFile((await callOk(core, 'certificates.render', { decisionId, mode: 'overlay' })).base64);
    const find = (file: string, w: string) => pdfWords(file).find((x) => x.word.normalize('NFC') === w);
    for (const word of ['Tuyết', 'Số', 'Hải']) {
      const [a, b] = [find(before, word), find(after, word)];
      expect(a && b).toBeTruthy();
      expect((b?.xMin ?? 0) - (a?.xMin ?? 0)).toBeCloseTo(10 * MM, 1);
      expect((b?.yMin ?? 0) - (a?.yMin ?? 0)).toBeCloseTo(-10 * MM, 1);
    }
  });

  it('refuses offsets beyond 50 mm and unknown layouts', async () => {
    const far = await core.dispatch('certificates.setOffsets', { layoutId: 'giay-khen-a4', x: 80, y: 0 }, clerk);
    expect(far).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['x'], message: 'Độ lệch tối đa 50 mm.' }] } });
    const unknown = await core.dispatch('certificates.setOffsets', { layoutId: 'nope', x: 1, y: 1 }, clerk);
    expect(unknown.ok ? '' : unknown.error.code).toBe('NOT_FOUND');
  });

  it('renders the calibration page with the grid labels', async () => {
    const out = await callOk(core, 'certificates.calibration', { layoutId: 'bang-khen-a3' });
    const file = pdfFile(out.base64);
    expect(pdfInfo(file)).toMatchObject({ pages: 1, width: 420 });
    expect(pdfText(file)).toContain('Trang căn chỉnh');
  });
});
