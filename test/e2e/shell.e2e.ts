import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { launchBrowser, type TestBrowser } from './support/browser';
import { screenshot } from './support/screenshot';
import { startWebMode, type WebMode } from './support/web-mode';

const SECTIONS = [
  'Tổng quan',
  'Đơn vị',
  'Mô hình',
  'Tuyên truyền',
  'Kết quả',
  'Đăng ký an toàn',
  'Khen thưởng',
  'Báo cáo',
  'Danh mục',
  'Cài đặt',
];

describe('app shell in web mode', () => {
  let web: WebMode;
  let browser: TestBrowser;

  beforeAll(async () => {
    web = await startWebMode();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    expect(await web?.stop()).toBe(0);
  });

  it('opens the printed address, drops the token from it and names the database in the status bar', async () => {
    const { page } = browser;
    await page.goto(web.url);
    expect(page.url()).not.toContain('token=');
    await expect.poll(() => page.getByTestId('status-db').textContent()).toContain(basename(web.dbPath));
    await expect.poll(() => page.getByTestId('status-saved').textContent()).toMatch(/Đã lưu/);
    await screenshot(page, 'overview');
  });

  it('visits every section from the sidebar', async () => {
    const { page } = browser;
    for (const title of SECTIONS) {
      await page.getByRole('navigation', { name: 'Các mục' }).getByRole('link', { name: title, exact: true }).click();
      await expect.poll(() => page.locator('main h1').first().textContent()).toBe(title);
      const link = page.getByRole('link', { name: title, exact: true });
      expect(await link.getAttribute('aria-current')).toBe('page');
      expect(await page.title()).toContain(title);
    }
  });

  it('moves between sections with the keyboard alone', async () => {
    const { page } = browser;
    await page.keyboard.press('Alt+2');
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe('Đơn vị');
    await page.keyboard.press('Alt+0');
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe('Cài đặt');
  });

  it('refuses an API call without the token', async () => {
    const res = await fetch(`${web.origin}/api/system.status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('UNAUTHORIZED');
  });

  it('runs under the strict CSP without a single script error', () => {
    expect(browser.errors).toEqual([]);
  });
});
