import { beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, useWebApp } from './support/web-app';
import { screenshot } from './support/screenshot';
import { api, cell } from './records-helpers';

describe('the grids fit 1366×768 (issue 10 item 9, part)', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });

  beforeAll(async () => {
    const cats = await api(app.browser.page, 'catalogues.list', {});
    const typeId = cats.rows.find((r) => r.catalogue === 'model_type')?.id ?? '';
    const name = 'Mô hình tổ liên gia tự quản phòng chống tội phạm và tệ nạn xã hội khu dân cư số 1';
    await api(app.browser.page, 'models.create', {
      typeId,
      name,
      unitId: app.seeded.anBinh,
      foundedOn: '2017-03-05',
      leader: 'Nguyễn Văn A',
    });
  });

  it('a dragged column width is remembered after a reload', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/models`);
    await page.reload();
    const head = page.locator('.grid-head-cell', { hasText: 'Tên mô hình' });
    const before = (await head.boundingBox())?.width ?? 0;
    const handle = head.locator('.grid-resize');
    const box = (await handle.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 122, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.reload();
    await cell(page, 0, 'name').waitFor();
    const after = (await page.locator('.grid-head-cell', { hasText: 'Tên mô hình' }).boundingBox())?.width ?? 0;
    expect(Math.round(after - before)).toBe(120);
    expect(Math.round((await cell(page, 0, 'name').boundingBox())?.width ?? 0)).toBe(Math.round(after));
  });

  it('the first column stays in view when the grid scrolls sideways; a long value is cut with its full text as tooltip', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/models`);
    await page.reload();
    const name = cell(page, 0, 'name');
    await name.waitFor();
    await name.click();
    // The selected cell does not spill over its neighbours: its text is clipped inside it.
    const clipped = await name.evaluate((el) => ({ overflow: getComputedStyle(el).overflow, cut: el.scrollWidth > el.clientWidth }));
    expect(clipped).toEqual({ overflow: 'hidden', cut: true });
    expect(await name.getAttribute('title')).toBe('Mô hình tổ liên gia tự quản phòng chống tội phạm và tệ nạn xã hội khu dân cư số 1');
    const x0 = (await name.boundingBox())?.x ?? 0;
    await page.locator('.grid-scroll').evaluate((el) => (el.scrollLeft = 600));
    await screenshot(page, 'models-scrolled-1366');
    expect(Math.round((await name.boundingBox())?.x ?? -1)).toBe(Math.round(x0));
    // And it is what is drawn there, not hidden under the scrolled cells.
    const b = (await name.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    expect(
      await page.evaluate(
        ([x, y]) =>
          document
            .elementFromPoint(x ?? 0, y ?? 0)
            ?.closest('.grid-cell')
            ?.getAttribute('data-col'),
        [b.x + 20, b.y + 10],
      ),
    ).toBe('name');
  });
});
