import { describe, expect, it } from 'vitest';
import { LAPTOP, useWebApp } from './support/web-app';
import { eventually } from './support/eventually';
import { api } from './records-helpers';

/**
 * Issue 10 items 8 and 11: a paste onto unit-months that exist asks once (replace, add, skip); the
 * overview, reports and a new decision open on the latest year with data (2017 here, not the current
 * year), and a comparison year without data says so. Every check is against a fresh reload.
 */
describe('outcomes that exist, defaults and empty comparisons', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });

  const stored = async () => {
    const rows = (await api(app.browser.page, 'outcomes.list', { limit: 50 })).rows;
    return Object.fromEntries(
      rows.map((r) => [`${r.unitId === app.seeded.anBinh ? 'anBinh' : 'dangLe'} ${r.period}`, [r.tipsReceived, r.valuableTips]]),
    );
  };

  async function paste(lines: string[]): Promise<void> {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/outcomes`);
    await page.reload();
    // The saved rows and the kept drafts first: until both are in, rows still move (the new-row line is row 0
    // before the list has loaded, and a kept row goes in before it).
    await page.locator('.grid-scroll[aria-busy="false"]').waitFor();
    // The new-row line by its class, not by an index read earlier, and the paste only once the cursor is
    // there: a paste anywhere else would update saved rows instead.
    await page.locator('.grid-row-new .grid-cell[data-col="period"]').click();
    await eventually(() => page.locator('.grid-row-new .grid-cursor[data-col="period"]').count()).toBe(1);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((text) => navigator.clipboard.writeText(text), lines.join('\r\n'));
    await page.keyboard.press('Control+V');
  }

  it('asks once for the pasted rows whose unit and month exist, and adds them when told to', async () => {
    const { page } = app.browser;
    // Seeded: An Bình 01/2017 = 12 tips, 5 valuable; Đặng Lễ 02/2017 = 13, 5.
    await paste(['01/2017\tXã An Bình\t5\t2', '02/2017\tXã Đặng Lễ\t4\t1', '06/2017\tXã An Bình\t3\t1']);
    const bar = page.getByTestId('grid-existing');
    await expect.poll(() => bar.textContent()).toContain('2 dòng trùng đơn vị/tháng đã có');
    expect(await bar.count()).toBe(1);
    // Nothing was overwritten before the answer; the new unit-month was saved at once.
    expect(await stored()).toMatchObject({ 'anBinh 2017-01': [12, 5], 'dangLe 2017-02': [13, 5], 'anBinh 2017-06': [3, 1] });
    await bar.getByRole('button', { name: 'Cộng thêm' }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await page.reload();
    await page.locator('.grid-row[data-row="0"]').waitFor();
    expect(await stored()).toMatchObject({ 'anBinh 2017-01': [17, 7], 'dangLe 2017-02': [17, 6], 'anBinh 2017-06': [3, 1] });
    expect(Object.keys(await stored())).toHaveLength(4);
    expect(await page.getByTestId('grid-existing').count()).toBe(0);
  });

  it('skips or replaces, as answered', async () => {
    const { page } = app.browser;
    await paste(['01/2017\tXã An Bình\t1\t1', '06/2017\tXã An Bình\t1\t1']);
    const bar = page.getByTestId('grid-existing');
    await expect.poll(() => bar.textContent()).toContain('2 dòng trùng đơn vị/tháng đã có');
    await bar.getByRole('button', { name: 'Bỏ qua' }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await page.reload();
    await page.locator('.grid-row[data-row="0"]').waitFor();
    expect(await stored()).toMatchObject({ 'anBinh 2017-01': [17, 7], 'anBinh 2017-06': [3, 1] });

    await paste(['06/2017\tXã An Bình\t9\t4']);
    await expect.poll(() => bar.textContent()).toContain('1 dòng trùng đơn vị/tháng đã có');
    await bar.getByRole('button', { name: 'Thay thế' }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await page.reload();
    await page.locator('.grid-row[data-row="0"]').waitFor();
    expect(await stored()).toMatchObject({ 'anBinh 2017-01': [17, 7], 'anBinh 2017-06': [9, 4] });
    const shown = await page.$$eval('.grid-row[data-row] .grid-cell[data-col="tipsReceived"]', (cells) => cells.map((c) => c.textContent));
    expect(shown).toContain('9');
  });

  it('asks again after a reload that came before the answer, and an answer given is not asked again', async () => {
    const { page } = app.browser;
    // Seeded: An Bình 03/2017 = 14 tips, 5 valuable.
    await paste(['03/2017\tXã An Bình\t1\t1']);
    const bar = page.getByTestId('grid-existing');
    await expect.poll(() => bar.textContent()).toContain('1 dòng trùng đơn vị/tháng đã có');
    // The row is kept by the core (the count in the navigation says so) before the page goes.
    await expect.poll(() => page.getByTestId('nav-drafts-outcomes').textContent()).toBe('1 dòng chưa lưu');
    await page.reload();
    await expect.poll(() => bar.textContent()).toContain('1 dòng trùng đơn vị/tháng đã có');
    await bar.getByRole('button', { name: 'Bỏ qua' }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await page.reload();
    await page.locator('.grid-row[data-row="0"]').waitFor();
    await expect.poll(() => page.getByTestId('grid-row-count').textContent()).toBe('4 dòng');
    expect(await page.getByTestId('grid-existing').count()).toBe(0);
    expect(await page.getByTestId('nav-drafts-outcomes').count()).toBe(0);
    expect(await stored()).toMatchObject({ 'anBinh 2017-03': [14, 5] });
  });

  it('a row typed (not pasted) for a unit and month that exist asks too, and replaces only when told to', async () => {
    const { page } = app.browser;
    const before = (await stored())['dangLe 2017-02'];
    await page.goto(`${app.web.origin}/#/outcomes`);
    await page.reload();
    await page.locator('.grid-scroll[aria-busy="false"]').waitFor();
    await page.locator('.grid-row-new .grid-cell[data-col="period"]').click();
    await eventually(() => page.locator('.grid-row-new .grid-cursor[data-col="period"]').count()).toBe(1);
    await page.keyboard.type('02/2017');
    await page.keyboard.press('Tab');
    await page.keyboard.type('dang le');
    await page.getByRole('option', { name: /Xã Đặng Lễ/ }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    const bar = page.getByTestId('grid-existing');
    await expect.poll(() => bar.textContent()).toContain('1 dòng trùng đơn vị/tháng đã có');
    expect((await stored())['dangLe 2017-02']).toEqual(before);
    await bar.getByRole('button', { name: 'Thay thế' }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await page.reload();
    await page.locator('.grid-row[data-row="0"]').waitFor();
    expect((await stored())['dangLe 2017-02']?.[0]).toBe(2);
    expect(await page.getByTestId('grid-existing').count()).toBe(0);
    expect(await page.getByTestId('nav-drafts-outcomes').count()).toBe(0);
  });

  it('opens the overview, reports and a new decision on 2017, the latest year with data; empty years say so', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/overview`);
    await page.reload();
    await page.getByTestId('key-figures').waitFor();
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2017');
    // 2016 holds nothing: no "▲ +…" change on an empty year.
    const valuable = page.locator('[data-key="outcomes.valuable"]');
    expect(await valuable.textContent()).toContain('chưa có số liệu');
    expect(await valuable.textContent()).not.toContain('▲');

    await page.goto(`${app.web.origin}/#/reports`);
    await page.reload();
    await expect.poll(() => page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2017');
    // 2016 holds nothing: the comparison column says so instead of zeros, and so does a year without data.
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await page.getByTestId('report-no-comparison').waitFor();
    const tipsRow = page.getByTestId('indicator-table').locator('tr', { hasText: 'Tin báo, tố giác' }).first();
    expect(await tipsRow.locator('td').nth(4).textContent()).toBe('chưa có số liệu');
    expect(await tipsRow.locator('td').nth(5).textContent()).toBe('chưa có số liệu');
    expect(await page.getByTestId('report-no-data').count()).toBe(0);
    await page.getByLabel('Năm', { exact: true }).fill('2015');
    await page.getByLabel('Năm', { exact: true }).dispatchEvent('change');
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await expect.poll(() => page.getByTestId('report-no-data').textContent()).toContain('chưa có số liệu');

    await page.goto(`${app.web.origin}/#/commendations`);
    await page.reload();
    await page.getByRole('button', { name: 'Quyết định mới' }).click();
    await expect.poll(() => page.getByLabel('Năm khen thưởng').inputValue()).toBe('2017');
    expect(app.browser.errors).toEqual([]);
  });
});
