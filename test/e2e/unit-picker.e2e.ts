import { beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, useWebApp } from './support/web-app';
import { screenshot } from './support/screenshot';
import { api, cell } from './records-helpers';

describe('unit picker in a grid cell (issue 10 item 6)', () => {
  let area: string;

  const app = useWebApp({ viewport: LAPTOP, seed: true });

  beforeAll(async () => {
    // A ward whose code holds a 1, so "dong tam 1" matches it word by word; a commune ranks before an area by kind.
    const ward = await api(app.browser.page, 'units.create', {
      name: 'Phường Đồng Tâm',
      kind: 'commune',
      parentId: app.seeded.province,
      code: '10811',
    });
    area = (await api(app.browser.page, 'units.create', { name: 'Tổ dân phố Đồng Tâm 1', kind: 'residential_area', parentId: ward.id })).id;
  });

  it('Enter chooses the best match and moves to the next cell of the same row, as Tab does', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/models`);
    await page.locator('.grid-row[data-row="0"]').waitFor();
    await cell(page, 0, 'name').click();
    await page.keyboard.type('Tổ tự quản Đồng Tâm');
    await page.keyboard.press('Tab');
    await page.keyboard.type('tieng keng');
    await page.keyboard.press('Tab');
    await page.keyboard.type('dong tam 1');
    await page.getByRole('option', { name: /Tổ dân phố Đồng Tâm 1/ }).waitFor();
    await page.keyboard.press('Enter');
    // Still on row 0, one cell to the right: the date is typed into the same row.
    await expect.poll(() => page.locator('.grid-cursor').getAttribute('data-col')).toBe('foundedOn');
    expect(await page.locator('.grid-cursor').evaluate((el) => el.closest('.grid-row')?.getAttribute('data-row'))).toBe('0');
    await page.keyboard.type('05/03/2017');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await api(page, 'models.list', { limit: 10 })).total).toBe(1);
    await page.reload();
    await cell(page, 0, 'unitId').waitFor();
    expect(await cell(page, 0, 'unitId').textContent()).toBe('Tổ dân phố Đồng Tâm 1');
    expect(await cell(page, 0, 'foundedOn').textContent()).toBe('05/03/2017');
    const rows = (await api(page, 'models.list', { limit: 10 })).rows;
    expect(rows.map((r) => [r.unitId, r.foundedOn])).toEqual([[area, '2017-03-05']]);
  });

  it('the dropdown opened near the bottom of the window is never clipped', async () => {
    const { page } = app.browser;
    await page.setViewportSize({ width: 1366, height: 420 });
    await page.goto(`${app.web.origin}/#/sessions`);
    await page.reload();
    const last = page.locator('.grid-row').last();
    await last.waitFor();
    const row = await last.getAttribute('data-row');
    await cell(page, Number(row), 'unitId').dblclick();
    // A search that lists most units: a list taller than the room left under the last row.
    await page.keyboard.type('n');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThanOrEqual(6);
    await screenshot(page, 'unit-picker-bottom');
    // Every corner of the picker is inside the window, and the picker itself is what is drawn there.
    const box = await page.locator('.unit-picker-floating').boundingBox();
    expect(box).not.toBeNull();
    const b = box ?? { x: 0, y: 0, width: 0, height: 0 };
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(420);
    const hits = await page.evaluate(
      (r) =>
        [
          [r.x + 4, r.y + 4],
          [r.x + r.width - 4, r.y + r.height - 4],
        ].map(([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.closest('.unit-picker') != null),
      b,
    );
    expect(hits).toEqual([true, true]);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
