import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelsByTypeSvg } from '../../../src-main/core/charts/report-charts';
import { admin, callOk, makeTestCore, viewer } from '../../fixtures/core';

/**
 * pdfmake 0.3.8–0.3.11 lets an SVG image bypass the access policies (STACK.md), and the PDF report's
 * chart labels are catalogue names a user typed (issue 9 item 13). A name that is SVG markup must reach
 * the chart, and so the PDF, as text only: escaped in the SVG, no image drawn, no file read.
 */
const HOSTILE_NAMES = [`<image href='file:///etc/passwd'/>`, '<image href="file:///etc/passwd"/>'];

describe('catalogue names in the PDF report charts', () => {
  it('are escaped text in the chart SVG, never an element', () => {
    for (const name of HOSTILE_NAMES) {
      const indicator = {
        key: 'models.existing.x',
        group: 'g',
        label: `Mô hình "${name}"`,
        unit: 'mô hình',
        value: 3,
        previous: 1,
        change: 2,
      };
      const svg = modelsByTypeSvg([indicator], 'Năm 2017', 'Năm 2016') ?? '';
      expect(svg).toContain('&lt;image');
      expect(svg).not.toMatch(/<image/i);
      expect(svg).not.toMatch(/<[a-z]+[^>]*\s(xlink:)?href=/i);
    }
  });

  it('reach the PDF as text: no image in the file and nothing of /etc/passwd', async () => {
    const core = await makeTestCore();
    try {
      const province = await callOk(core, 'units.create', { name: 'Tỉnh Thử', kind: 'province' }, admin);
      const commune = await callOk(core, 'units.create', { name: 'Xã Thử', kind: 'commune', parentId: province.id }, admin);
      for (const name of HOSTILE_NAMES) {
        const type = await callOk(core, 'catalogues.create', { catalogue: 'model_type', name }, admin);
        await callOk(
          core,
          'models.create',
          { typeId: type.id, name: `Mô hình ${name}`, unitId: commune.id, foundedOn: '2017-03-01' },
          admin,
        );
      }
      const pdf = await callOk(core, 'reports.exportPdf', { period: { kind: 'year', year: 2017 } }, viewer);
      const bytes = Buffer.from(pdf.base64, 'base64');
      expect(bytes.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
      const file = join(mkdtempSync(join(tmpdir(), 'antq-svg-')), 'report.pdf');
      writeFileSync(file, bytes);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('<image');
      expect(text).not.toMatch(/root:.*:0:0:/);
    } finally {
      core.close();
    }
  });
});
