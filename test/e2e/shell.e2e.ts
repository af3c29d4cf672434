import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiOk } from './support/api-call';
import { launchBrowser, type TestBrowser } from './support/browser';
import { eventually } from './support/eventually';
import { screenshot } from './support/screenshot';
import { ROOT, startWebMode } from './support/web-mode';
import { useWebApp } from './support/web-app';

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
  const app = useWebApp();

  it('opens the printed address, drops the token from it and names the database in the status bar', async () => {
    const { page, web } = app;
    // Opened once already by useWebApp: opened again here, the token is traded and dropped again.
    await page.goto(web.url);
    expect(page.url()).not.toContain('token=');
    await eventually(() => page.getByTestId('status-db').textContent()).toContain(basename(web.dbPath));
    await eventually(() => page.getByTestId('status-saved').textContent()).toMatch(/Đã lưu/);
    await screenshot(page, 'overview');
  });

  it('visits every section from the sidebar', async () => {
    const { page } = app;
    for (const title of SECTIONS) {
      await page.getByRole('navigation', { name: 'Các mục' }).getByRole('link', { name: title, exact: true }).click();
      const link = page.getByRole('link', { name: title, exact: true });
      await eventually(() => link.getAttribute('aria-current')).toBe('page');
      await eventually(() => page.title()).toContain(title);
      // Section owners choose their own headings; the shell checks that the page rendered, not its words.
      await eventually(() => page.locator('main h1').first().textContent()).toMatch(/\S/);
      expect(await page.getByText('Không hiển thị được trang này').count()).toBe(0);
    }
  });

  it('moves between sections with the keyboard alone', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+2');
    await eventually(() => page.title()).toContain('Đơn vị');
    await page.keyboard.press('Alt+0');
    await eventually(() => page.locator('main h1').first().textContent()).toBe('Cài đặt');
  });

  it('refuses an API call without the token', async () => {
    const res = await fetch(`${app.web.origin}/api/system.status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('UNAUTHORIZED');
  });

  it('runs under the strict CSP without a single script error', () => {
    expect(app.browser.errors).toEqual([]);
  });
});

describe('settings in web mode', () => {
  const app = useWebApp();
  beforeAll(() => app.page.goto(`${app.web.origin}/#/settings`));

  const field = (label: string) => app.page.getByLabel(label, { exact: true });
  const officeName = () => app.page.getByRole('navigation', { name: 'Các mục' }).locator('.sidebar-office');

  it('shows the database file', async () => {
    await eventually(() => app.page.getByTestId('settings-db-path').textContent()).toBe(app.web.dbPath);
  });

  it("saves the office's names, shows them in the sidebar, and keeps them after a restart of the page", async () => {
    const { page } = app;
    await field('Cơ quan cấp trên').fill('CÔNG AN TỈNH BẮC NINH');
    await field('Tên đơn vị').fill('PHÒNG THAM MƯU');
    await field('Tỉnh').fill('Bắc Ninh');
    await field('Địa danh (ghi ở dòng ngày tháng)').fill('Bắc Ninh');
    await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
    await eventually(() => page.locator('form .notice-ok').textContent()).toMatch(/^Đã lưu lúc/);
    await eventually(() => officeName().textContent()).toBe('PHÒNG THAM MƯU');
    await page.reload();
    await eventually(() => field('Tên đơn vị').inputValue()).toBe('PHÒNG THAM MƯU');
  });

  it('shows the core’s Vietnamese message on the field left empty, and keeps the saved value', async () => {
    const { page } = app;
    await field('Tỉnh').fill('   ');
    await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
    await eventually(() => page.locator('#office-provinceName-error').textContent()).toBe('Hãy nhập tên tỉnh.');
    expect(await field('Tỉnh').getAttribute('aria-invalid')).toBe('true');
    await page.reload();
    await eventually(() => field('Tỉnh').inputValue()).toBe('Bắc Ninh');
  });

  it('makes a backup that the list and the status bar show at once', async () => {
    const { page } = app;
    const rowsBefore = await page.getByTestId('backups-table').locator('tbody tr').count();
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await eventually(() => page.getByTestId('backups-table').locator('tbody tr').count()).toBe(rowsBefore + 1);
    await eventually(() => page.getByTestId('backups-table').locator('tbody tr').first().textContent()).toContain('Sao lưu thủ công');
    await eventually(() => page.getByTestId('status-backup').textContent()).toMatch(/^Sao lưu gần nhất: \d{2}\/\d{2}\/\d{4}/);
  });

  it('restores a backup only after confirmation, and the replaced data can be restored back', async () => {
    const { page } = app;
    await field('Tên đơn vị').fill('ĐỘI SAU SAO LƯU');
    await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
    await eventually(() => officeName().textContent()).toBe('ĐỘI SAU SAO LƯU');

    const manual = page.getByTestId('backups-table').locator('tbody tr', { hasText: 'Sao lưu thủ công' }).first();
    await manual.getByRole('button', { name: 'Khôi phục…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Huỷ' }).click();
    expect(await field('Tên đơn vị').inputValue()).toBe('ĐỘI SAU SAO LƯU');

    await manual.getByRole('button', { name: 'Khôi phục…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).click();
    await eventually(() => page.getByText(/^Đã khôi phục từ/).count()).toBe(1);
    await eventually(() => field('Tên đơn vị').inputValue()).toBe('PHÒNG THAM MƯU');
    await eventually(() => page.getByTestId('backups-table').textContent()).toContain('Dữ liệu trước khi khôi phục');
    await screenshot(page, 'settings');
  });
});

describe('the web mode process', () => {
  it('refuses a second instance on the same database, and starts once the first has stopped', async () => {
    const first = await startWebMode();
    try {
      await expect(startWebMode({ dbPath: first.dbPath })).rejects.toThrow(/Chỉ một chương trình được ghi vào một cơ sở dữ liệu/);
    } finally {
      expect(await first.stop(), first.stderr()).toBe(0);
    }
    const again = await startWebMode({ dbPath: first.dbPath });
    expect(await again.stop(), again.stderr()).toBe(0);
  });

  it('keeps what was saved across a stop and a start', async () => {
    const first = await startWebMode();
    const input = {
      officeName: 'ĐỘI THAM MƯU',
      parentBodyName: 'CÔNG AN TỈNH HẢI DƯƠNG',
      provinceName: 'Hải Dương',
      placeName: 'Hải Dương',
    };
    await apiOk(first, 'system.settings.update', input);
    expect(await first.stop(), first.stderr()).toBe(0);
    const second = await startWebMode({ dbPath: first.dbPath });
    try {
      expect(second.token).not.toBe(first.token);
      expect(await apiCall(second, 'system.settings.get', {})).toMatchObject({ ok: true, data: input });
    } finally {
      await second.stop();
    }
  });
});

describe('a torn journal tail', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says in the status bar that a torn journal tail was dropped and kept beside the journal', async () => {
    const first = await startWebMode();
    expect(await first.stop(), first.stderr()).toBe(0);
    // A crash mid-append: a record head promising 300 bytes, and only two of them on disk.
    appendFileSync(`${first.dbPath}.journal`, Buffer.from([44, 1, 0, 0, 1, 2, 3, 4, 0x5b, 0x5b]));
    const second = await startWebMode({ dbPath: first.dbPath });
    try {
      const { page } = browser;
      await page.goto(second.url);
      await eventually(() => page.getByTestId('status-torn-tail').textContent()).toContain('đã giữ một bản chép');
      expect(await page.getByTestId('status-torn-tail').getAttribute('title')).toMatch(
        /office\.sqlite\.journal\.torn-\d{8}T\d{6}Z \(10 byte\)/,
      );
    } finally {
      await second.stop();
    }
  });
});

describe('the built bundles', () => {
  const requires = (file: string) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);

  it('builds the sandboxed preload as one CommonJS file that needs only electron', () => {
    const code = readFileSync(join(ROOT, 'out/preload/index.cjs'), 'utf8');
    expect(requires('out/preload/index.cjs')).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toContain('exposeInMainWorld("ipcRenderer"');
  });

  it('keeps electron out of web mode and the CLI, which run on plain Node', () => {
    const mainFiles = readdirSync(join(ROOT, 'out/main/chunks')).map((f) => `out/main/chunks/${f}`);
    for (const file of ['out/main/web.js', 'out/main/cli.js', ...mainFiles]) expect(requires(file), file).not.toContain('electron');
    expect(requires('out/main/index.js')).toContain('electron');
  });
});
