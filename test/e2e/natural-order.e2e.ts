import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser';
import { startWebMode, type WebMode } from './support/web-mode';
import { api, seed, type Seeded } from './records-helpers';

describe('natural order: numbers inside names sort by value (issue 10 item 12)', () => {
  let web: WebMode;
  let browser: TestBrowser;
  let seeded: Seeded;

  beforeAll(async () => {
    web = await startWebMode();
    browser = await launchBrowser();
    await browser.page.setViewportSize({ width: 1366, height: 768 });
    await browser.page.goto(web.url);
    seeded = await seed(browser.page);
    const { page } = browser;
    const district = await api(page, 'units.create', { name: 'Huyện 8', kind: 'district', parentId: seeded.province });
    for (const name of ['8.10', '8.2', '8.19', '8.1']) await api(page, 'units.create', { name, kind: 'commune', parentId: district.id });
    const cats = await api(page, 'catalogues.list', {});
    const typeId = cats.rows.find((r) => r.catalogue === 'model_type')?.id ?? '';
    for (const name of ['Mô hình 1', 'Mô hình 10', 'Mô hình 100', 'Mô hình 2', 'Mô hình 1000', 'Mô hình 1001']) {
      await api(page, 'models.create', { typeId, name, unitId: seeded.anBinh, foundedOn: '2017-03-05' });
    }
  });
  afterAll(async () => {
    await browser?.close();
    expect(await web?.stop()).toBe(0);
  });

  const column = (col: string) =>
    browser.page.$$eval(`.grid-row[data-row] .grid-cell[data-col="${col}"]`, (cells) =>
      cells
        .map((c) => ({ row: Number(c.closest('.grid-row')?.getAttribute('data-row')), text: c.textContent ?? '' }))
        .sort((a, b) => a.row - b.row)
        .map((c) => c.text)
        .filter((t) => t !== ''),
    );

  it('the models grid sorted by name, after a reload', async () => {
    const { page } = browser;
    await page.goto(`${web.origin}/#/models`);
    await page.reload();
    await page.locator('.grid-row[data-row="5"]').waitFor();
    await page.getByRole('button', { name: /Tên mô hình/ }).click();
    await expect
      .poll(() => column('name'))
      .toEqual(['Mô hình 1', 'Mô hình 2', 'Mô hình 10', 'Mô hình 100', 'Mô hình 1000', 'Mô hình 1001']);
  });

  it('the unit picker lists communes 8.1, 8.2, 8.10, 8.19', async () => {
    const { page } = browser;
    await page.goto(`${web.origin}/#/models`);
    await page.reload();
    await page.locator('.grid-row-new').waitFor();
    const row = await page.locator('.grid-row-new').getAttribute('data-row');
    await page.locator(`.grid-row[data-row="${row}"] .grid-cell[data-col="unitId"]`).dblclick();
    await page.keyboard.type('8.');
    await expect.poll(() => page.locator('.unit-picker-name').allTextContents()).toEqual(['8.1', '8.2', '8.10', '8.19']);
    await page.keyboard.press('Escape');
  });
});
