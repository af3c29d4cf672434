import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyPng } from '../core/certificates/fixtures';
import { apiOk } from './support/api-call';
import { screenshot } from './support/screenshot';
import { useWebApp } from './support/web-app';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hà', 'Hùng', 'Lan', 'Mai', 'Yến', 'Tâm'];

/** A proposal list as Excel puts it on the clipboard: a header row, then 30 people (the first typed decomposed). */
function proposalList(): string {
  const header = ['STT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Thành tích'];
  const rows = Array.from({ length: 30 }, (_, i) => {
    const name = i === 0 ? 'Nguyễn Thị Ánh Tuyết'.normalize('NFD') : `${FAMILY[i % 6]} Văn ${GIVEN[i % 10]} ${i}`;
    return [
      String(i + 1),
      name,
      i === 0 ? 'Nữ' : 'Nam',
      String(1960 + i),
      'Tổ viên tổ bảo vệ ANTT',
      'Xã An Bình, tỉnh Hải Dương',
      'Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2026',
    ];
  });
  return [header, ...rows].map((r) => r.join('\t')).join('\r\n');
}

describe('commendations in web mode', () => {
  const app = useWebApp();

  it('creates a decision, pastes 30 recipients, prints a 30-page PDF and records the printing', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+7');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Khen thưởng');

    await page.getByRole('button', { name: 'Quyết định mới' }).click();
    await page.getByLabel('Số quyết định').fill('125');
    await page.getByLabel('Ký hiệu (ví dụ QĐ-CAT-PV01)').fill('QĐ-CAT-PV01');
    await page.getByLabel('Ngày ký (dd/mm/yyyy)').fill('15/12/2026');
    await page.getByLabel('Năm khen thưởng').fill('2026');
    await page.getByLabel('Cấp khen', { exact: true }).selectOption({ label: 'Giám đốc Công an tỉnh' });
    await page.getByLabel('Hình thức khen thưởng').selectOption({ label: 'Giấy khen' });
    await page.getByLabel('Chức vụ người ký (ví dụ GIÁM ĐỐC)').fill('GIÁM ĐỐC');
    await page.getByLabel('Họ tên người ký').fill('Đại tá Trần Văn Minh');
    await page.getByLabel('Địa danh').fill('Hải Dương');
    await page.getByRole('button', { name: 'Lưu quyết định' }).click();
    await page.getByText('Quyết định số 125/QĐ-CAT-PV01 ngày 15/12/2026').waitFor();

    await page.getByText('Dán danh sách đề nghị từ Excel').click();
    await page.getByLabel('Nội dung dán từ Excel').fill(proposalList());
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await page.getByText('Đã thêm 30 dòng.').waitFor();
    await page.locator('.grid-row[data-row="0"] .grid-cell[data-col="name"]').getByText('Nguyễn Thị Ánh Tuyết').waitFor();

    await page.getByRole('button', { name: 'In tất cả' }).click();
    await page.getByText('Đã tạo tệp PDF 30 trang.').waitFor({ timeout: 60_000 });
    await screenshot(page, 'commendations');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu PDF' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'antq-e2e-pdf-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+30\b/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text).toContain('Bà Nguyễn Thị Ánh Tuyết');
    expect(text).toContain('Ông Lê Văn Cường 2');

    // The preview shows the same PDF in a frame: the CSP's frame-src allows blob: and nothing else.
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => page.locator('iframe.pdf-preview').getAttribute('src')).toMatch(/^blob:/);

    const decisions = await apiOk(app.web, 'commendations.listDecisions', {});
    const decisionId = decisions.rows[0]?.id ?? '';
    // Making and saving the PDF records no printed-on date: only the clerk's confirmation after printing does.
    const printedBefore = await apiOk(app.web, 'commendations.listRecipients', { decisionId, limit: 100 });
    expect(printedBefore.rows.filter((r) => r.printedOn).length).toBe(0);
    await page.getByRole('button', { name: 'Đã in đúng cả lượt (30 tờ)' }).click();
    await page.getByText('Đã ghi ngày in cho 30 người.').waitFor();
    await expect
      .poll(
        async () =>
          (await apiOk(app.web, 'commendations.listRecipients', { decisionId, limit: 100 })).rows.filter((r) => r.printedOn).length,
      )
      .toBe(30);
    expect(app.browser.errors).toEqual([]);
  });

  it('stores the emblem and printer offsets from the print settings, and hands out the calibration page', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Cài đặt in' }).click();
    await page.getByText('Chưa có ảnh Quốc huy').waitFor();
    await page
      .locator('.print-settings input[type="file"]')
      .setInputFiles({ name: 'quoc-huy.png', mimeType: 'image/png', buffer: await tinyPng() });
    await page.getByText('Đã lưu ảnh Quốc huy.').waitFor();
    await page.getByRole('img', { name: 'Quốc huy đã lưu' }).waitFor();
    await page
      .locator('.print-settings input[type="file"]')
      .setInputFiles({ name: 'x.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
    await page.getByText('Ảnh Quốc huy phải là tệp PNG hoặc JPEG (không nhận SVG hay định dạng khác).').waitFor();

    await page.getByLabel('Độ lệch ngang, Giấy khen (A4 ngang)').fill('1,5');
    await page.getByLabel('Độ lệch dọc, Giấy khen (A4 ngang)').fill('-2');
    await page.getByLabel('Độ lệch ngang, Giấy khen (A4 ngang)').press('Enter');
    await page.getByText('Đã lưu độ lệch máy in.').waitFor();
    await screenshot(page, 'commendations-print-settings');
    const layouts = await apiOk(app.web, 'certificates.layouts', {});
    expect(layouts.find((l) => l.id === 'giay-khen-a4')?.offsets).toEqual({ x: 1.5, y: -2 });

    const row = page.getByRole('row', { name: /Giấy khen \(A4 ngang\)/ });
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Trang căn chỉnh' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'antq-e2e-cal-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('độ lệch ngang 1.5 mm, dọc -2 mm');
    expect(app.browser.errors).toEqual([]);
  });

  it('reports a text too long for its box before printing, and prints it only on a second click', async () => {
    const { page } = app;
    const decisions = await apiOk(app.web, 'commendations.listDecisions', {});
    const decisionId = decisions.rows[0]?.id ?? '';
    await apiOk(app.web, 'commendations.addRecipient', {
      decisionId,
      kind: 'individual',
      name: 'Trần Văn Dài',
      gender: 'male',
      birthYear: 1970,
      unitName: 'Xã An Bình',
      achievement: 'Thành tích '.repeat(120).trim(),
    });
    await page.getByRole('button', { name: 'Cài đặt in' }).click();
    await page.getByRole('radio', { name: 'Chỉ in phần thay đổi lên phôi' }).check();
    await page.getByRole('button', { name: 'In tất cả' }).click();
    await page.getByText('1 người có nội dung không vừa ô in').waitFor();
    await page.getByText('Trần Văn Dài: Thành tích quá dài: không vừa ô in dù đã giảm cỡ chữ xuống 11.').waitFor();
    expect(await page.getByText(/Đã tạo tệp PDF/).count()).toBe(0);
    await page.getByRole('button', { name: 'In tất cả' }).click();
    await page.getByText('Đã tạo tệp PDF 31 trang.').waitFor({ timeout: 60_000 });
    // Full mode treats the same long text alike: the warning is checked again for the new mode at once,
    // and one click prints past it, as in overlay mode.
    await page.getByRole('radio', { name: 'In đầy đủ trên giấy trắng' }).check();
    // The file printed on the blank form is not this mode's: it is no longer offered for saving.
    expect(await page.getByRole('button', { name: 'Lưu PDF' }).count()).toBe(0);
    await page.getByText('Trần Văn Dài: Thành tích quá dài: không vừa ô in dù đã giảm cỡ chữ xuống 11.').waitFor();
    await page.getByRole('button', { name: 'In tất cả' }).click();
    await page.getByText('Đã tạo tệp PDF 31 trang.').waitFor({ timeout: 60_000 });
    expect(await page.getByText(/Có nội dung không vừa ô in \(xem danh sách/).count()).toBe(0);
    const [full] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu PDF' }).click()]);
    expect(full.suggestedFilename()).toMatch(/^giay-khen-QD-/);
    expect(app.browser.errors).toEqual([]);
  });

  it('prints only the rows selected in the recipients grid', async () => {
    const { page } = app;
    await page.locator('.grid-row[data-row="0"] .grid-cell[data-col="name"]').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.getByRole('button', { name: 'In 3 người đã chọn' }).click();
    await page.getByText('Đã tạo tệp PDF 3 trang.').waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu PDF' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'antq-e2e-sel-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+3\b/);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).normalize('NFC')).toContain('Nguyễn Thị Ánh Tuyết');
    expect(app.browser.errors).toEqual([]);
  });

  it('shows the stored emblem in the Settings section too', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Cài đặt', exact: true }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Cài đặt');
    const section = page.getByRole('region', { name: 'Bằng khen, giấy khen' });
    await section.getByRole('img', { name: 'Quốc huy đã lưu' }).waitFor();
    await expect
      .poll(() => section.getByRole('img', { name: 'Quốc huy đã lưu' }).evaluate((img) => (img as HTMLImageElement).height))
      .toBe(48);
    expect(app.browser.errors).toEqual([]);
  });
});
