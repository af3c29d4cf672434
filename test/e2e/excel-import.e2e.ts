import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/screenshot';
import { LAPTOP, useWebApp } from './support/web-app';
import { api } from './records-helpers';

/** An XLSX file written by exceljs, as a clerk's list: a title row above the header. */
async function xlsxFile(dir: string, name: string, rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Mô hình');
  rows.forEach((row) => sheet.addRow(row));
  sheet.mergeCells('A1:E1');
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

const TITLE = ['DANH SÁCH MÔ HÌNH AN NINH TRẬT TỰ'];
const HEADER = ['Tên mô hình', 'Loại mô hình', 'Địa bàn', 'Ngày thành lập', 'Người liên hệ'];
/** Rows of the large file: enough for the import to take a few reports' time. */
const ROWS = 3000;

/** Issue 13: "Nhập từ Excel" on the models page: preview with problems, the mapping corrected, apply, undo. */
describe('Excel import of models', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'antq-excel-'));
  });

  const modelNames = async () => (await api(app.browser.page, 'models.list', { limit: 50 })).rows.map((r) => r.name).sort();

  it('lists a bad cell by row and column and saves nothing, then imports the corrected file into the grid and undoes it', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/models`);
    await page.getByRole('button', { name: 'Nhập từ Excel…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập mô hình từ Excel' });
    const bad = await xlsxFile(dir, 'mo-hinh-loi.xlsx', [
      TITLE,
      HEADER,
      ['Tiếng kẻng thôn Đông', 'Tiếng kẻng an ninh', 'Thôn Đông', '05/03/2020', 'Ông Hải'],
      ['Xóm liên gia An Bình', 'Xóm liên gia tự quản về ANTT', '10802', '31/02/2021', null],
    ]);
    await dialog.getByTestId('import-file').setInputFiles(bad);
    const problems = dialog.locator('.import-problems');
    await expect.poll(() => problems.textContent()).toContain('Dòng 4, cột D (Ngày thành lập): Ngày "31/02/2021" không có thật.');
    expect(await dialog.getByRole('button', { name: /^Nhập \d+ dòng$/ }).isDisabled()).toBe(true);
    await screenshot(page, 'excel-import-errors');
    expect(await modelNames()).toEqual([]);

    const good = await xlsxFile(dir, 'mo-hinh.xlsx', [
      TITLE,
      HEADER,
      ['Tiếng kẻng thôn Đông', 'Tiếng kẻng an ninh', 'Thôn Đông', '05/03/2020', 'Ông Hải'],
      ['Xóm liên gia An Bình', 'Xóm liên gia tự quản về ANTT', '10802', '28/02/2021', 'Bà Lan'],
    ]);
    await dialog.getByTestId('import-file').setInputFiles(good);
    await expect.poll(() => dialog.getByTestId('import-preview').textContent()).toContain('Tệp hợp lệ: sẽ nhập 2 dòng');
    // Column E's header names no field: it is left out until the clerk sends it to "Người phụ trách".
    const columnE = dialog.getByRole('combobox', { name: 'Cột E nhập vào trường' });
    expect(await columnE.inputValue()).toBe('');
    await dialog.getByRole('combobox', { name: 'Cột E nhập vào trường' }).selectOption({ label: 'Người phụ trách' });
    await expect.poll(() => dialog.locator('.import-mapping-missing').textContent()).not.toContain('Người phụ trách');
    await screenshot(page, 'excel-import-preview');
    await dialog.getByRole('button', { name: 'Nhập 2 dòng' }).click();
    await expect.poll(() => page.locator('.import-last').textContent()).toContain('Đã nhập 2 dòng từ "mo-hinh.xlsx".');
    await screenshot(page, 'excel-import-done');
    // The grid and its footer show the imported rows at once (issue 10 item 5), before any reload.
    await expect.poll(() => page.getByTestId('grid-row-count').textContent()).toBe('2 dòng');

    // The grid shows them, as a reload does.
    await page.reload();
    // A row may be drawn in two panes (frozen columns): count rows by their number.
    const savedRows = () =>
      page.locator('.grid-row[data-row]:not(.grid-row-new)').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-row'))).size);
    await expect.poll(savedRows).toBe(2);
    expect(await page.locator('.grid-row:not(.grid-row-new)').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Xóm liên gia An Bình'), expect.stringContaining('Tiếng kẻng thôn Đông')]),
    );
    const saved = (await api(page, 'models.list', { limit: 50 })).rows;
    expect(saved.map((r) => [r.name, r.leader, r.foundedOn]).sort()).toEqual([
      ['Tiếng kẻng thôn Đông', 'Ông Hải', '2020-03-05'],
      ['Xóm liên gia An Bình', 'Bà Lan', '2021-02-28'],
    ]);

    // The undo is offered on the page after the import, also after a reload.
    await page.getByRole('button', { name: 'Hoàn tác lần nhập' }).click();
    await expect.poll(() => page.locator('.import-message').textContent()).toContain('Đã hoàn tác lần nhập "mo-hinh.xlsx"');
    expect(await modelNames()).toEqual([]);
    await expect.poll(savedRows).toBe(0);
  });

  it('shows how far a large import is: the step, the percentage and the rows counted', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/models`);
    const rows: (string | number | null)[][] = [TITLE, HEADER];
    for (let i = 1; i <= ROWS; i++) rows.push([`Mô hình thử ${i}`, 'Tiếng kẻng an ninh', 'Thôn Đông', '05/03/2020', null]);
    const file = await xlsxFile(dir, 'nhieu-mo-hinh.xlsx', rows);
    // Every text the progress line shows, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      Reflect.set(window, '__progressSeen', seen);
      new MutationObserver(() => {
        const line = document.querySelector('[data-testid="call-progress"]');
        if (line?.textContent) seen.push(line.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const seen = () => page.evaluate(() => Reflect.get(window, '__progressSeen') as string[]);
    await page.getByRole('button', { name: 'Nhập từ Excel…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập mô hình từ Excel' });
    await dialog.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => dialog.getByTestId('import-preview').textContent(), { timeout: 60_000 }).toContain('Tệp hợp lệ');
    const total = ROWS.toLocaleString('vi-VN');
    expect(await seen()).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^Bước 2/2: Kiểm tra các dòng \\d+% \\([\\d.]+/${total} dòng\\)$`))]),
    );

    await dialog.getByRole('button', { name: `Nhập ${total} dòng` }).click();
    await dialog.getByTestId('call-progress').filter({ hasText: '%' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'excel-import-progress');
    await expect.poll(() => page.locator('.import-last').textContent(), { timeout: 60_000 }).toContain(`Đã nhập ${total} dòng`);
    const applied = (await seen()).filter((t) => t.startsWith('Bước 2/3: Kiểm tra và ghi các dòng'));
    expect(applied.length).toBeGreaterThan(0);
    for (const t of applied) expect(t).toMatch(new RegExp(`^Bước 2/3: Kiểm tra và ghi các dòng \\d+% \\([\\d.]+/${total} dòng\\)$`));
  }, 120_000);
});
