import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, useWebApp } from './support/web-app';
import { ROOT } from './support/web-mode';
import { api, cell } from './records-helpers';
import { SECTION_PATHS } from './support/sections';

/** One axe-core finding, reduced to what a failure message needs. */
interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

describe('accessibility of every page at 1366×768 (axe-core, WCAG 2.1 A/AA)', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });

  beforeAll(async () => {
    // Every grid shows at least one row, so the check covers data rows, not only headers.
    const cats = await api(app.browser.page, 'catalogues.list', {});
    const typeId = cats.rows.find((r) => r.catalogue === 'model_type')?.id ?? '';
    await api(app.browser.page, 'models.create', { typeId, name: 'Tổ tự quản số 1', unitId: app.seeded.anBinh, foundedOn: '2017-03-05' });
  });

  async function violations(): Promise<Finding[]> {
    const { page } = app.browser;
    // The app's CSP (script-src 'self') refuses an inline <script> (page.addScriptTag); a DevTools
    // evaluation is not subject to it, so axe loads without weakening the policy under test.
    await page.evaluate(AXE_SOURCE);
    return page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              o: object,
            ) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
          };
        }
      ).axe;
      const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target[0])) }));
    });
  }

  for (const path of SECTION_PATHS) {
    it(`finds no violation on ${path} after a fresh reload`, async () => {
      const { page } = app.browser;
      await page.goto(`${app.web.origin}/#${path}`);
      await page.reload();
      await page.locator('main h1').waitFor();
      // Lists and grids fill in after their first fetch; check the page as the clerk sees it.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await violations()).toEqual([]);
    });
  }

  it('finds no violation with the unit picker open in a grid cell', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/models`);
    await page.reload();
    await cell(page, 0, 'unitId').dblclick();
    await page.getByRole('option', { name: /Tỉnh Hải Dương/ }).waitFor();
    expect(await violations()).toEqual([]);
  });
});
