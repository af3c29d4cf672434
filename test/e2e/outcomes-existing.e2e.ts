import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser';
import { startWebMode, type WebMode } from './support/web-mode';
import { eventually } from './support/eventually';
import { api, seed, type Seeded } from './records-helpers';

/**
 * Issue 10 items 8 and 11: a paste onto unit-months that exist asks once (replace, add, skip); the
 * overview, reports and a new decision open on the latest year with data (2017 here, not the current
 * year), and a comparison year without data says so. Every check is against a fresh reload.
 */
describe('outcomes that exist, defaults and empty comparisons', () => {
  let web: WebMode;
  let browser: TestBrowser;
  let units: Seeded;

  beforeAll(async () => {
    web = await startWebMode();
    browser = await launchBrowser();
    await browser.page.setViewportSize({ width: 1366, height: 768 });
    await browser.page.goto(web.url);
    units = await seed(browser.page);
  });
  afterAll(async () => {
    await browser?.close();
    expect(await web?.stop()).toBe(0);
  });

  const stored = async () => {
    const rows = (await api(browser.page, 'outcomes.list', { limit: 50 })).rows;
    return Object.fromEntries(
      rows.map((r) => [`${r.unitId === units.anBinh ? 'anBinh' : 'dangLe'} ${r.period}`, [r.tipsReceived, r.valuableTips]]),
    );
  };

  async function paste(lines: string[]): Promise<void> {
    const { page } = browser;
    await page.goto(`${web.origin}/#/outcomes`);
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
    const { page } = browser;
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
    const { page } = browser;
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
    const { page } = browser;
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

  it('opens the overview, reports and a new decision on 2017, the latest year with data', async () => {
    const { page } = browser;
    await page.goto(`${web.origin}/#/overview`);
    await page.reload();
    await page.getByTestId('key-figures').waitFor();
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2017');
    // 2016 holds nothing: no "▲ +…" change on an empty year.
    const valuable = page.locator('[data-key="outcomes.valuable"]');
    expect(await valuable.textContent()).toContain('chưa có số liệu');
    expect(await valuable.textContent()).not.toContain('▲');

    await page.goto(`${web.origin}/#/reports`);
    await page.reload();
    await expect.poll(() => page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2017');

    await page.goto(`${web.origin}/#/commendations`);
    await page.reload();
    await page.getByRole('button', { name: 'Quyết định mới' }).click();
    await expect.poll(() => page.getByLabel('Năm khen thưởng').inputValue()).toBe('2017');
    expect(browser.errors).toEqual([]);
  });
});
