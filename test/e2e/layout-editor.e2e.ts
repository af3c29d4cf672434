import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOk } from './support/api-call';
import { launchBrowser, type TestBrowser } from './support/browser';
import { screenshot } from './support/screenshot';
import { startWebMode, type WebMode } from './support/web-mode';

describe('certificate layout editor in web mode', () => {
  let web: WebMode;
  let browser: TestBrowser;

  beforeAll(async () => {
    web = await startWebMode();
    browser = await launchBrowser();
    await browser.page.setViewportSize({ width: 1366, height: 768 });
    await browser.page.goto(web.url);
  });
  afterAll(async () => {
    await browser?.close();
    expect(await web?.stop()).toBe(0);
  });

  it('moves a field in mm with a live preview, refuses one off the sheet, and saves after a confirmation', async () => {
    const { page } = browser;
    await page.keyboard.press('Alt+7');
    await page.getByRole('button', { name: 'Cài đặt in' }).click();
    const editor = page.getByRole('region', { name: 'Bố cục mẫu in' });
    await editor.getByLabel('Mẫu in', { exact: true }).selectOption({ label: 'Giấy khen (A4 ngang)' });
    const x = editor.getByLabel('X (mm), Họ tên/tên tập thể');
    await expect.poll(() => x.inputValue()).toBe('30');
    const name = page.locator('svg.layout-preview text', { hasText: 'Nguyễn Văn Hùng' });
    await name.waitFor();
    const before = Number(await name.getAttribute('x'));

    await x.fill('20');
    await expect.poll(async () => Number(await name.getAttribute('x'))).toBeCloseTo(before - 10, 3);

    await editor.getByLabel('Rộng (mm), Họ tên/tên tập thể').fill('300');
    await editor.getByText('Họ tên/tên tập thể: ô in vượt mép phải tờ giấy').waitFor();
    await expect(editor.getByRole('button', { name: 'Lưu bố cục…' }).isDisabled()).resolves.toBe(true);
    await editor.getByLabel('Rộng (mm), Họ tên/tên tập thể').fill('237');
    await editor.getByLabel('Cỡ chữ (pt), Họ tên/tên tập thể').fill('24');
    await screenshot(page, 'certificate-layout-editor');

    await editor.getByRole('button', { name: 'Lưu bố cục…' }).click();
    await page.getByRole('dialog', { name: 'Lưu bố cục mẫu in?' }).getByRole('button', { name: 'Lưu' }).click();
    await editor.getByText('Đã lưu bố cục mẫu "Giấy khen (A4 ngang)".').waitFor();
    const saved = await apiOk(web, 'certificates.layoutFields', { layoutId: 'giay-khen-a4' });
    expect(saved.version).toBe(1);
    expect(saved.fields.find((f) => f.field === 'recipient')?.placement).toEqual({ x: 20, y: 100, width: 237, fontSize: 24 });
    expect(browser.errors).toEqual([]);
  });
});
