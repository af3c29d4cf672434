import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, makeTestCore, viewer } from '../../fixtures/core';
import { convertWithLibreOffice } from '../../fixtures/libreoffice';
import { seedProvince2017 } from '../../fixtures/seed/province-2017';

let core: Core;
let docx: string;

beforeAll(async () => {
  core = await makeTestCore();
  await seedProvince2017(core);
  const out = await callOk(core, 'reports.exportDocx', { period: { kind: 'year', year: 2017 } }, viewer);
  docx = join(mkdtempSync(join(tmpdir(), 'antq-docx-charts-')), out.fileName);
  writeFileSync(docx, Buffer.from(out.base64, 'base64'));
}, 240_000);
afterAll(() => core.close());

const unzip = (entry: string) => execFileSync('unzip', ['-p', docx, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe("the year report's Word file", () => {
  it("carries the PDF's two charts as SVG pictures (with the PNG fallback the format requires), after the narrative", () => {
    const files = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' }).split('\n');
    const svgs = files.filter((f) => /^word\/media\/.+\.svg$/.test(f));
    expect(svgs).toHaveLength(2);
    expect(files.filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(2);
    const charts = svgs.map(unzip).join('\n');
    expect(charts).toContain('Mô hình hiện có theo loại');
    expect(charts).toContain('Kết quả từ tin báo của quần chúng');
    expect(charts).toContain('Tin có giá trị');
    const xml = unzip('word/document.xml');
    expect(xml).toContain('asvg:svgBlip');
    expect(xml.indexOf('asvg:svgBlip')).toBeLessThan(xml.indexOf('II. CÁC CHỈ TIÊU SO VỚI CÙNG KỲ'));
    expect(xml.indexOf('asvg:svgBlip')).toBeGreaterThan(xml.indexOf('I. ĐÁNH GIÁ CHUNG'));
  });

  it('opens in LibreOffice (which reads the PNG) with both charts drawn in their colours', () => {
    const pdf = convertWithLibreOffice(docx);
    // Pages 1–2 as one PPM each: count the current year's bar colour (#1f4e79), which nothing else uses.
    const barPixels = [1, 2].reduce((sum, page) => {
      const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 * 1024 * 1024 });
      const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40));
      const start = header?.[0].length ?? ppm.length;
      let n = 0;
      for (let i = start; i + 2 < ppm.length; i += 3) {
        if (Math.abs(ppm[i]! - 0x1f) < 24 && Math.abs(ppm[i + 1]! - 0x4e) < 24 && Math.abs(ppm[i + 2]! - 0x79) < 24) n++;
      }
      return sum + n;
    }, 0);
    expect(barPixels).toBeGreaterThan(300);
  }, 180_000);
});
