import { beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, useWebApp } from './support/web-app';
import { api } from './records-helpers';

describe('natural order: numbers inside names sort by value (issue 10 item 12)', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });

  beforeAll(async () => {
    const { page } = app.browser;
    const district = await api(page, 'units.create', { name: 'Huyện 8', kind: 'district', parentId: app.seeded.province });
    for (const name of ['8.10', '8.2', '8.19', '8.1']) await api(page, 'units.create', { name, kind: 'commune', parentId: district.id });
    const cats = await api(page, 'catalogues.list', {});
    const typeId = cats.rows.find((r) => r.catalogue === 'model_type')?.id ?? '';
    for (const name of ['Mô hình 1', 'Mô hình 10', 'Mô hình 100', 'Mô hình 2', 'Mô hình 1000', 'Mô hình 1001']) {
      await api(page, 'models.create', { typeId, name, unitId: app.seeded.anBinh, foundedOn: '2017-03-05' });
    }
  });

  const column = (col: string) =>
    app.browser.page.$$eval(`.grid-row[data-row] .grid-cell[data-col="${col}"]`, (cells) =>
      cells
        .map((c) => ({ row: Number(c.closest('.grid-row')?.getAttribute('data-row')), text: c.textContent ?? '' }))
        .sort((a, b) => a.row - b.row)
        .map((c) => c.text)
        .filter((t) => t !== ''),
    );

  it('the models grid sorted by name, after a reload', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/models`);
    await page.reload();
    await page.locator('.grid-row[data-row="5"]').waitFor();
    await page.getByRole('button', { name: /Tên mô hình/ }).click();
    await expect
      .poll(() => column('name'))
      .toEqual(['Mô hình 1', 'Mô hình 2', 'Mô hình 10', 'Mô hình 100', 'Mô hình 1000', 'Mô hình 1001']);
  });

  it('the unit picker lists communes 8.1, 8.2, 8.10, 8.19', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/models`);
    await page.reload();
    await page.locator('.grid-row-new').waitFor();
    const row = await page.locator('.grid-row-new').getAttribute('data-row');
    await page.locator(`.grid-row[data-row="${row}"] .grid-cell[data-col="unitId"]`).dblclick();
    await page.keyboard.type('8.');
    await expect.poll(() => page.locator('.unit-picker-name').allTextContents()).toEqual(['8.1', '8.2', '8.10', '8.19']);
    await page.keyboard.press('Escape');
  });
});
