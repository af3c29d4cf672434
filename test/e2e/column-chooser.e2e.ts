import { describe, expect, it } from 'vitest';
import { LAPTOP, useWebApp } from './support/web-app';
import { screenshot } from './support/screenshot';
import { api, cell } from './records-helpers';

describe('column chooser and side panel (issue 10 item 9)', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });

  const headers = () => app.browser.page.locator('.grid-head-row [role=columnheader] .grid-sort').allTextContents();

  it('hides and shows columns per grid, builds the grid without them, and remembers the choice across a reload', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/models`);
    await page.locator('.grid-row[data-row="0"]').waitFor();
    const before = await headers();
    expect(before.length).toBeGreaterThan(4);
    const second = before[1]!.replace(/[▲▼]$/, '');
    const tabFromFirst = async () => {
      await page.locator('.grid-row[data-row="0"] [role=gridcell]').first().click();
      await page.keyboard.press('Tab');
      return page.locator('.grid-cursor').getAttribute('data-col');
    };
    const hiddenKey = await tabFromFirst();
    await page.getByRole('button', { name: /^Cột \(/ }).click();
    const box = page.getByRole('group', { name: 'Các cột hiển thị' });
    expect(await box.getByRole('checkbox').first().isDisabled()).toBe(true);
    await box.getByRole('checkbox', { name: second }).uncheck();
    await expect.poll(headers).toEqual(before.filter((h) => h !== before[1]));
    // The cursor walks the shown columns only: Tab from the first cell skips the hidden one.
    expect(await page.locator('.grid-row[data-row="0"] [role=gridcell]').count()).toBe(before.length);
    const next = await tabFromFirst();
    expect(next).not.toBe(hiddenKey);
    expect(next).not.toBeNull();
    await screenshot(page, 'column-chooser');
    await page.reload();
    await page.locator('.grid-row[data-row="0"]').waitFor();
    expect(await headers()).toEqual(before.filter((h) => h !== before[1]));
    // Another grid keeps all its columns.
    await page.goto(`${app.web.origin}/#/sessions`);
    await page.locator('.grid-row[data-row="0"]').waitFor();
    const sessions = await headers();
    await page.getByRole('button', { name: /^Cột \(/ }).click();
    const all = await page.getByRole('group', { name: 'Các cột hiển thị' }).getByRole('checkbox').count();
    expect(sessions.length).toBe(all);
    await page.goto(`${app.web.origin}/#/models`);
    await page.locator('.grid-row[data-row="0"]').waitFor();
    await page.getByRole('button', { name: /^Cột \(/ }).click();
    await page.getByRole('group', { name: 'Các cột hiển thị' }).getByRole('checkbox', { name: second }).check();
    await page.reload();
    await page.locator('.grid-row[data-row="0"]').waitFor();
    expect(await headers()).toEqual(before);
  });

  it('the side panel shows the selected row as a form and saves a field through the grid', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/units`);
    await cell(page, 0, 'name').waitFor();
    await cell(page, 0, 'name').click();
    const name = await cell(page, 0, 'name').textContent();
    await page.getByRole('button', { name: 'Chi tiết dòng' }).click();
    const panel = page.getByRole('complementary', { name: 'Chi tiết dòng đang chọn' });
    expect(await panel.getByLabel('Tên đơn vị').inputValue()).toBe(name);
    await screenshot(page, 'grid-side-panel');
    await panel.getByLabel('Ghi chú').fill('Ghi từ bảng chi tiết');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await api(page, 'units.list', { limit: 100 })).rows.find((u) => u.name === name)?.note)
      .toBe('Ghi từ bảng chi tiết');
    await page.reload();
    await cell(page, 0, 'note').waitFor();
    expect(await cell(page, 0, 'note').textContent()).toBe('Ghi từ bảng chi tiết');
  });
});
