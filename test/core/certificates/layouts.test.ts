import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLayouts } from '../../../src-main/core/certificates/layouts.load';
import { pageSizeMm } from '../../../src-main/core/certificates/layout';
import { RESOURCES_DIR } from '../../fixtures/core';

describe('certificate layouts in resources/layouts', () => {
  it('are all valid, keep every field inside the paper, and print "TẶNG" at 18 pt bold', () => {
    const layouts = loadLayouts(RESOURCES_DIR);
    expect(layouts.length).toBeGreaterThanOrEqual(4);
    for (const l of layouts) {
      const [w, h] = pageSizeMm(l);
      for (const [name, f] of Object.entries(l.fields)) {
        expect(f.x + f.width, `${l.id}.${name}`).toBeLessThanOrEqual(w);
        expect(f.y + f.height, `${l.id}.${name}`).toBeLessThanOrEqual(h);
      }
      expect(l.fields.award).toMatchObject({ fontSize: 18, bold: true, uppercase: true, color: '#000000' });
    }
  });

  it('refuses a broken layout file with its name, instead of printing a wrong certificate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-layouts-'));
    mkdirSync(join(dir, 'layouts'));
    copyFileSync(join(RESOURCES_DIR, 'layouts', 'giay-khen-a4.json'), join(dir, 'layouts', 'ok.json'));
    writeFileSync(
      join(dir, 'layouts', 'hong.json'),
      JSON.stringify({ id: 'hong', name: 'x', paper: { size: 'A5', orientation: 'landscape' } }),
    );
    expect(() => loadLayouts(dir)).toThrow(/hong\.json is invalid/);
  });
});
