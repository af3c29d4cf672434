import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyPng } from './fixtures';
import { renderPdf } from '../../../src-main/core/certificates/pdf';
import { RESOURCES_DIR } from '../../fixtures/core';

describe('pdfmake access policies', () => {
  it('reads no local file outside the font folder, though the same image as data renders', async () => {
    const png = await tinyPng();
    const file = join(mkdtempSync(join(tmpdir(), 'antq-policy-')), 'x.png');
    writeFileSync(file, png);
    await expect(renderPdf(RESOURCES_DIR, { content: [{ image: file }], defaultStyle: { font: 'Tinos' } })).rejects.toThrow();
    const inline = await renderPdf(RESOURCES_DIR, {
      content: [{ image: `data:image/png;base64,${png.toString('base64')}` }],
      defaultStyle: { font: 'Tinos' },
    });
    expect(inline.toString('latin1')).toMatch(/\/Subtype \/Image/);
    await expect(
      renderPdf(RESOURCES_DIR, {
        content: [{ image: `${RESOURCES_DIR}/fonts/../layouts/giay-khen-a4.json` }],
        defaultStyle: { font: 'Tinos' },
      }),
    ).rejects.toThrow();
  });

  it('fetches no URL', async () => {
    await expect(
      renderPdf(RESOURCES_DIR, { content: [{ image: 'http://127.0.0.1:9/x.png' }], defaultStyle: { font: 'Tinos' } }),
    ).rejects.toThrow();
  });

  it('still renders with the embedded font', async () => {
    const pdf = await renderPdf(RESOURCES_DIR, { content: ['Nguyễn Thị Ánh Tuyết'], defaultStyle: { font: 'Tinos' } });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
