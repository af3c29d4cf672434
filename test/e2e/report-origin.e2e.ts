import { afterAll, describe, expect, it } from 'vitest';
import type { Office } from '../core/exchange/offices';
import { makeDistrict, provinceOwnSession, provinceWithDistrictPackage } from './support/district';
import { draftsOf } from './support/drafts-page';
import { screenshot } from './support/screenshot';
import { LAPTOP, openFresh, useWebApp } from './support/web-app';

/**
 * Issue 13 item 4 on screen: at a province that received a district's package, the report and the
 * overview can be narrowed to one office's records ("Nguồn số liệu"), to check a district's figures
 * against what it sent. The district sent 3 sessions (60 attendees); the province entered 1 of its own.
 */
describe('Nguồn số liệu: the report and the overview of one office', () => {
  const app = useWebApp({ viewport: LAPTOP });
  const { pageDrafts, navCount } = draftsOf(() => app.page);
  let district: Office | undefined;
  afterAll(() => district?.core.close());

  it('builds the report of the district alone and of the province alone, each named, and the overview follows', async () => {
    district = await makeDistrict();
    const { page, web } = app;
    const { districtUnit } = await provinceWithDistrictPackage(web, district);
    await provinceOwnSession(web, districtUnit);

    await openFresh(page, web, '/reports');
    const origin = page.getByLabel('Nguồn số liệu');
    await origin.waitFor();
    expect(await origin.locator('option').allTextContents()).toEqual(['Tất cả đơn vị', 'Của đơn vị mình', 'Công an huyện An']);
    await page.getByLabel('Năm', { exact: true }).fill('2017');
    const narrative = page.getByTestId('narrative');
    const heading = page.locator('.reports h2').first();

    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await expect.poll(() => narrative.textContent()).toContain('Tổ chức 4 buổi tuyên truyền');
    expect(await heading.textContent()).not.toContain('số liệu của');

    await origin.selectOption({ label: 'Công an huyện An' });
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await expect.poll(() => heading.textContent()).toContain('số liệu của Công an huyện An');
    expect(await narrative.textContent()).toContain('Năm 2017, Công an huyện An đã xây dựng được 1 mô hình mới');
    expect(await narrative.textContent()).toContain('Tổ chức 3 buổi tuyên truyền');
    expect(await narrative.textContent()).toContain('với 60 lượt người tham dự');
    await screenshot(page, 'report-origin');

    // A header typed for the district's report is kept with its origin: named in the page's list after a
    // reload, and reopened on the same office's report.
    await page.getByLabel('Họ tên người ký').fill('Trần Văn Bình');
    await expect.poll(() => navCount('reports').textContent()).toBe('1 dòng chưa lưu');
    await openFresh(page, web, '/reports');
    await expect
      .poll(() => pageDrafts().textContent())
      .toContain('Phần đầu báo cáo Năm 2017 – toàn tỉnh (số liệu do Công an huyện An gửi)');
    await pageDrafts().getByRole('button', { name: 'Mở lại' }).click();
    await expect.poll(() => heading.textContent()).toContain('số liệu của Công an huyện An');
    expect(await origin.inputValue()).toBe(district.id);
    expect(await page.getByLabel('Họ tên người ký').inputValue()).toBe('Trần Văn Bình');

    await origin.selectOption({ label: 'Của đơn vị mình' });
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await expect.poll(() => heading.textContent()).toContain('số liệu của Công an tỉnh Thử Nghiệm');
    expect(await narrative.textContent()).toContain('Tổ chức 1 buổi tuyên truyền');

    // The overview: its key figures follow the chosen office.
    await openFresh(page, web, '/');
    await page.getByTestId('key-figures').waitFor();
    await page.getByLabel('Năm', { exact: true }).fill('2017');
    await page.getByLabel('Năm', { exact: true }).press('Enter');
    const sessions = page.locator('[data-key="sessions"] .key-value');
    await expect.poll(() => sessions.textContent()).toBe('4');
    await page.getByLabel('Nguồn số liệu').selectOption({ label: 'Công an huyện An' });
    await expect.poll(() => sessions.textContent()).toBe('3');
    await page.getByLabel('Nguồn số liệu').selectOption({ label: 'Của đơn vị mình' });
    await expect.poll(() => sessions.textContent()).toBe('1');
    await screenshot(page, 'overview-origin');
    expect(app.browser.errors).toEqual([]);
  });
});
