import { describe, expect, it } from 'vitest';
import { screenshot } from './support/screenshot';
import { LAPTOP, useWebApp } from './support/web-app';
import { api, cell } from './records-helpers';
import { decisionInput } from '../core/commendations/fixtures';
import { xlsxBase64 } from '../core/imports/xlsx';

describe('record history (issue 12 item 4)', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });

  it('the row panel shows who changed the row, and each changed field before and after', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/units`);
    await cell(page, 0, 'name').waitFor();
    await cell(page, 0, 'name').click();
    await page.getByRole('button', { name: 'Chi tiết dòng' }).click();
    const panel = page.getByRole('complementary', { name: 'Chi tiết dòng đang chọn' });
    const history = panel.getByRole('region', { name: 'Lịch sử' });
    await expect.poll(() => history.locator('.history-entry').count()).toBeGreaterThan(0);
    expect(await history.locator('.history-entry').first().textContent()).toContain('Thêm mới');

    await panel.getByLabel('Ghi chú').fill('Sửa để xem lịch sử');
    await page.keyboard.press('Enter');
    const newest = history.locator('.history-entry').first();
    await expect.poll(() => newest.textContent()).toContain('Sửa');
    expect(await newest.locator('.history-change').allTextContents()).toEqual(['Ghi chú: (trống) → Sửa để xem lịch sử']);
    expect(await newest.locator('.history-head').textContent()).toMatch(/Sửa · \S+ · \d\d\/\d\d\/\d{4} \d\d:\d\d/);
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'record-history');
  });

  it('a record created by an Excel import says so in its history (the compact trail of bulk imports)', async () => {
    const { page } = app.browser;
    const cats = await api(page, 'catalogues.list', {});
    const name = (c: string) => cats.rows.find((r) => r.catalogue === c)?.name ?? '';
    const header = ['Ngày', 'Đơn vị', 'Loại địa điểm', 'Hình thức', 'Nội dung, chủ đề', 'Số người dự'];
    const row = ['05/03/2018', 'Xã An Bình', name('venue_kind'), name('session_form'), 'Tuyên truyền nhập từ tệp', 75];
    const fileBase64 = await xlsxBase64([header, row]);
    await api(page, 'imports.apply', { kind: 'sessions', fileBase64, fileName: 'buoi-2018.xlsx' });
    await page.goto(`${app.web.origin}/#/sessions`);
    await expect.poll(() => cell(page, 0, 'topic').textContent()).toContain('Tuyên truyền nhập từ tệp');
    await cell(page, 0, 'topic').click();
    const panel = page.getByRole('complementary', { name: 'Chi tiết dòng đang chọn' });
    if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Chi tiết dòng' }).click();
    const newest = panel.getByRole('region', { name: 'Lịch sử' }).locator('.history-entry').first();
    await expect.poll(() => newest.locator('.history-head').textContent()).toContain('Thêm mới — Nhập từ tệp Excel "buoi-2018.xlsx"');
    expect(await newest.locator('.history-change').count()).toBe(0);
    await newest.scrollIntoViewIfNeeded();
    await screenshot(page, 'record-history-imported');
  });

  it('a decision shows its history: who changed which field', async () => {
    const { page } = app.browser;
    const made = await api(page, 'commendations.createDecision', decisionInput({ number: '901', signerName: 'Nguyễn Văn A' }));
    await api(page, 'commendations.updateDecision', { ...decisionInput({ number: '901', signerName: 'Trần Thị B' }), id: made.id });
    await page.goto(`${app.web.origin}/#/commendations`);
    await page.getByRole('row', { name: /901/ }).click();
    await page.getByRole('button', { name: 'Lịch sử quyết định' }).click();
    const newest = page.getByRole('region', { name: 'Lịch sử' }).locator('.history-entry').first();
    await expect.poll(() => newest.textContent()).toContain('Sửa');
    expect(await newest.locator('.history-change').allTextContents()).toEqual(['Họ tên người ký: Nguyễn Văn A → Trần Thị B']);
  });

  it('Cài đặt lists the trail with filters and exports it to Excel', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/settings`);
    const panel = page.getByRole('region', { name: 'Nhật ký thao tác' });
    await panel.getByTestId('audit-table').waitFor();
    await panel.getByLabel('Thao tác').fill('units.update');
    await panel.getByRole('button', { name: 'Lọc' }).click();
    await expect.poll(() => panel.locator('tbody tr').count()).toBe(1);
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Xuất Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/^nhat-ky-thao-tac-\d{4}-\d\d-\d\d\.xlsx$/);
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Đã xuất 1 dòng');
    await screenshot(page, 'audit-log');
  });
});
