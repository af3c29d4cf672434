import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAPTOP, useWebApp } from './support/web-app';
import { screenshot } from './support/screenshot';
import { api } from './records-helpers';

/** A list whose first X1 has no name and whose second X1 is otherwise fine: both problems must show. */
const BAD_LIST = ['Mã,Tên,Cấp,Mã cấp trên', 'P,Tỉnh P,tỉnh,', 'X1,,xã,P', 'X1,Xã Trùng,xã,P'].join('\n');

describe('first start on an empty database (issue 10 item 14)', () => {
  const app = useWebApp({ viewport: LAPTOP });

  const guide = () => app.browser.page.getByTestId('first-start');
  const stepDone = (key: string) => guide().locator(`[data-step="${key}"]`).getAttribute('data-done');

  it('the empty overview shows the steps, not an error, and marks each step done as the office does it', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/overview`);
    await guide().waitFor();
    await screenshot(page, 'first-start-overview');
    expect(await page.locator('.overview .notice-error').count()).toBe(0);
    expect(
      await guide()
        .locator('[data-step]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-step'))),
    ).toEqual(['settings', 'units', 'catalogues', 'office']);
    expect(await stepDone('settings')).toBe('false');
    expect(await stepDone('units')).toBe('false');
    await api(page, 'system.settings.update', {
      officeName: 'Phòng Tham mưu',
      parentBodyName: 'Công an thành phố Hải Phòng',
      provinceName: 'Hải Phòng',
      placeName: 'Hải Phòng',
    });
    await page.reload();
    await guide().waitFor();
    expect(await stepDone('settings')).toBe('true');
    expect(await stepDone('units')).toBe('false');
    expect(await stepDone('office')).toBe('false');
    await api(page, 'office.set', { code: '31', name: 'Công an thành phố Hải Phòng', level: 'province', parentOfficeId: null });
    await page.reload();
    await guide().waitFor();
    expect(await stepDone('office')).toBe('true');
    await guide().getByRole('link', { name: 'Danh sách đơn vị' }).click();
    await page.getByRole('region', { name: 'Nhập danh sách đơn vị' }).waitFor();
  });

  it('the import previews every problem, a duplicate beside another error included, and saves nothing', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/units`);
    const panel = page.getByRole('region', { name: 'Nhập danh sách đơn vị' });
    await panel.waitFor();
    await panel.locator('input[type=file]').setInputFiles({ name: 'don-vi.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_LIST) });
    const preview = page.getByTestId('unit-import-preview');
    await preview.getByRole('alert').waitFor();
    const items = await preview.locator('li').allTextContents();
    expect(items).toEqual(['Dòng 3, cột "Tên": chưa có tên đơn vị.', 'Dòng 4, cột "Mã": mã "X1" trùng với dòng 3.']);
    await screenshot(page, 'first-start-import-errors');
    await page.reload();
    await page.getByRole('region', { name: 'Nhập danh sách đơn vị' }).waitFor();
    expect((await api(page, 'units.list', { limit: 5 })).total).toBe(0);
  });

  it('offers a template to fill in', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/units`);
    const panel = page.getByRole('region', { name: 'Nhập danh sách đơn vị' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Tải tệp mẫu để điền' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mau-danh-sach-don-vi.csv');
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toMatch(/^\uFEFFMã,Tên,Cấp,Mã cấp trên,/);
  });

  it('the shipped sample is checked first, then saved, and the tree shows it at once and after a reload', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/units`);
    const panel = page.getByRole('region', { name: 'Nhập danh sách đơn vị' });
    await panel.getByRole('button', { name: /Dùng danh sách mẫu/ }).click();
    const save = panel.getByRole('button', { name: 'Lưu 26 đơn vị' });
    await save.waitFor();
    expect((await api(page, 'units.list', { limit: 5 })).total).toBe(0);
    await save.click();
    await panel.getByText('Đã nhập 26 đơn vị.').waitFor();
    const tree = page.locator('.units-tree');
    await tree.getByRole('option', { name: /Thành phố Hải Phòng/ }).waitFor({ timeout: 5000 });
    expect(await tree.getByText('Không có đơn vị phù hợp').count()).toBe(0);
    await screenshot(page, 'first-start-imported');
    await page.reload();
    await page
      .locator('.units-tree')
      .getByRole('option', { name: /Thành phố Hải Phòng/ })
      .waitFor();
    expect((await api(page, 'units.list', { limit: 5 })).total).toBe(26);
    await page.goto(`${app.web.origin}/#/overview`);
    await page.reload();
    await page.locator('.key-figures, [data-testid=first-start]').first().waitFor();
    expect(await guide().count()).toBe(0);
  });
});
