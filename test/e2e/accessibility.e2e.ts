import { beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, useWebApp } from './support/web-app';
import { axeViolations } from './support/axe';
import { api, cell } from './records-helpers';
import { SECTION_PATHS } from './support/sections';

describe('accessibility of every page at 1366×768 (axe-core, WCAG 2.1 A/AA)', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });

  beforeAll(async () => {
    // Every grid shows at least one row, so the check covers data rows, not only headers.
    const cats = await api(app.browser.page, 'catalogues.list', {});
    const typeId = cats.rows.find((r) => r.catalogue === 'model_type')?.id ?? '';
    await api(app.browser.page, 'models.create', { typeId, name: 'Tổ tự quản số 1', unitId: app.seeded.anBinh, foundedOn: '2017-03-05' });
  });

  // The app's CSP (script-src 'self') refuses an inline <script>; support/axe.ts loads axe through a
  // DevTools evaluation instead, so the check runs without weakening the policy under test.
  const violations = () => axeViolations(app.browser.page);

  // The sections, and the settings' own tabs (an administrator sees them: the token holder is one).
  for (const path of [...SECTION_PATHS, '/settings/accounts', '/settings/exchange']) {
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
