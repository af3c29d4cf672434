import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/app/open-core';
import { readWorkbook } from '../../src-main/core/exporters/excel';
import { RESOURCES_DIR } from '../fixtures/core';
import { seedProvince2017 } from '../fixtures/seed/province-2017';
import { screenshot } from './support/screenshot';
import { useWebApp } from './support/web-app';

/** The seeded 2017 province, written into the database file that web mode then opens. */
async function province2017(dbPath: string): Promise<void> {
  const core = await openCore({ dbPath, resourcesDir: RESOURCES_DIR });
  await seedProvince2017(core);
  core.close();
}

describe('reports in web mode', () => {
  const app = useWebApp({ prepareDatabase: province2017 });
  const dir = mkdtempSync(join(tmpdir(), 'antq-reports-e2e-'));

  it('shows the 2017 key figures and charts on the overview', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Tổng quan', exact: true }).click();
    await page.getByTestId('key-figures').waitFor();
    await page.getByLabel('Năm', { exact: true }).fill('2017');
    await page.getByLabel('Năm', { exact: true }).press('Enter');
    const cases = page.locator('[data-key="outcomes.cases"]');
    await expect.poll(() => cases.textContent()).toContain('1.275');
    expect(await page.locator('[data-key="outcomes.valuable"]').textContent()).toContain('2.015');
    expect(await page.locator('[data-key="outcomes.tips"]').count()).toBe(0);
    expect(await page.locator('[data-key="registrations.commune.recognised"]').textContent()).toContain('240/265');
    expect(await page.locator('[data-key="registrations.org.recognised"]').textContent()).toContain('1.100/1.223');
    await expect.poll(() => page.locator('[data-testid="chart-models"] svg').count()).toBeGreaterThan(0);
    await page.locator('[data-testid="chart-models"] svg text', { hasText: '652' }).first().waitFor();
    await screenshot(page, 'overview');
    expect(app.browser.errors).toEqual([]);
  });

  it('chooses a period, shows the numbers and the narrative, and exports both files', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await page.getByLabel('Kỳ báo cáo').selectOption('year');
    await page.getByLabel('Năm', { exact: true }).fill('2017');
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await expect.poll(() => page.getByTestId('narrative').textContent()).toContain('khám phá 1.275 vụ án, bắt giữ 1.321 đối tượng');
    const total = page.getByTestId('unit-table').locator('tr[data-kind="total"]');
    await expect.poll(() => total.textContent()).toContain('1.469');
    await page.getByLabel('Họ tên người ký').fill('Nguyễn Thị Ánh Tuyết');
    await page.getByLabel('Số', { exact: true }).fill('27');
    await page.getByLabel('Ký hiệu').fill('BC-PV05');
    await page.getByLabel('Ngày ban hành').fill('08/01/2018');
    await page.getByLabel('Nơi nhận (mỗi dòng một nơi)').fill('Cục V05\nLưu: VT');
    await screenshot(page, 'reports');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    const xlsxPath = join(dir, xlsx.suggestedFilename());
    await xlsx.saveAs(xlsxPath);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync(xlsxPath);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const wb = await readWorkbook(bytes);
    let casesTotal: unknown = null;
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => {
      if (row.getCell(2).value === 'Tổng cộng') casesTotal = (row.getCell(10).value as { result: number }).result;
    });
    expect(casesTotal).toBe(1275);

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất PDF' }).click()]);
    const pdfPath = join(dir, pdf.suggestedFilename());
    await pdf.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('khám phá 1.275 vụ án');
    expect(text).toContain('Nguyễn Thị Ánh Tuyết');
    expect(text).toContain('Số: 27/BC-PV05');
    expect(text).toContain('ngày 08 tháng 01 năm 2018');
    expect(text).toContain('- Cục V05;');

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Word' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const docxPath = join(dir, docx.suggestedFilename());
    await docx.saveAs(docxPath);
    const xml = execFileSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(xml).toContain('Số: 27/BC-PV05');
    // The header was saved with the report: building it again shows what was entered.
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await expect.poll(() => page.getByLabel('Số', { exact: true }).inputValue()).toBe('27');
    await expect.poll(() => page.getByTestId('report-header').textContent()).toContain('(đã lưu)');
    expect(app.browser.errors).toEqual([]);
  });
});
