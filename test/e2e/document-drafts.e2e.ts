import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAPTOP, openFresh, useWebApp } from './support/web-app';
import { api, cell } from './records-helpers';
import { screenshot } from './support/screenshot';
import { draftsOf } from './support/drafts-page';

// The catalogue seed's fixed ids (catalogues/catalogue.seed.ts): Giấy khen, Giám đốc Công an tỉnh.
const PRAISE = 'ca7a1000-0000-4000-8000-050000000003';
const DIRECTOR = 'ca7a1000-0000-4000-8000-060000000003';

/**
 * Issue 10 item 1 for the remaining forms: the report header, the decision document and the office
 * settings keep what was typed (kept by the core) through a page switch and a reload, counted in the
 * navigation, offered back or reopened from the page's list exactly as typed, and gone only when saved
 * or dropped on purpose. Every check that matters is made after a fresh load of the page.
 */
describe('document and settings form drafts that survive a reload (issue 10 item 1)', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });
  const { kept, pageDrafts, navCount, leavingAsks } = draftsOf(() => app.page);
  const offer = () => app.page.getByTestId('form-draft-offer');
  // The report of 2017 for the whole province, typed in so that the latest year's arrival cannot change it.
  const buildReport = async (page: Page) => {
    await page.locator('#r-year').fill('2017');
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  };
  const switchAndReload = async (page: Page, path: string) => {
    await page.goto(`${app.web.origin}/#/models`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Mô hình');
    await openFresh(page, app.web, path);
  };

  // Run first: the other tests' drafts would make leaving ask.
  it('moving about a grid with nothing typed does not make leaving ask', async () => {
    const { page } = app;
    await openFresh(page, app.web, '/units');
    await expect.poll(() => cell(page, 0, 'name').textContent()).not.toBe('');
    await cell(page, 0, 'name').click();
    await page.keyboard.press('ArrowDown');
    // At once, not polled: before, any change made the grid "unsent" for 300 ms.
    expect(await leavingAsks()).toBe(false);
  });

  it('a typed report header is kept per report, reopened from the page as typed, and dropped on purpose', async () => {
    const { page } = app;
    await openFresh(page, app.web, '/reports');
    await buildReport(page);
    await page.getByTestId('report-header').waitFor();
    const prefilled = await page.getByLabel('Họ tên người ký').inputValue();
    await page.getByLabel('Họ tên người ký').fill('Nguyễn Thị Ánh Tuyết');
    await page.getByLabel('Chức vụ người ký').fill('PHÓ TRƯỞNG PHÒNG');
    await expect.poll(() => navCount('reports').textContent()).toBe('1 dòng chưa lưu');
    expect(await leavingAsks()).toBe(true);

    await switchAndReload(page, '/reports');
    await expect.poll(() => pageDrafts().textContent()).toContain('Phần đầu báo cáo Năm 2017 – toàn tỉnh');
    expect(await pageDrafts().textContent()).toContain('1 biểu mẫu chưa lưu');
    expect(await navCount('reports').textContent()).toBe('1 dòng chưa lưu');
    await pageDrafts().getByRole('button', { name: 'Mở lại' }).click();
    await expect.poll(() => page.getByLabel('Họ tên người ký').inputValue()).toBe('Nguyễn Thị Ánh Tuyết');
    expect(await page.getByLabel('Chức vụ người ký').inputValue()).toBe('PHÓ TRƯỞNG PHÒNG');
    expect(await page.locator('#r-year').inputValue()).toBe('2017');
    await screenshot(page, 'report-header-draft');

    // Built again without the list: the kept header is offered, not put in; dropping it ends it.
    await page.reload();
    await buildReport(page);
    await offer().waitFor();
    expect(await page.getByLabel('Họ tên người ký').inputValue()).toBe(prefilled);
    await offer().getByRole('button', { name: 'Bỏ bản nháp' }).click();
    await expect.poll(() => navCount('reports').count()).toBe(0);
    await page.reload();
    await buildReport(page);
    await page.getByTestId('report-header').waitFor();
    expect(await offer().count()).toBe(0);
    expect(await pageDrafts().count()).toBe(0);
    expect(await kept('form-reports')).toEqual([]);
  });

  it('a typed decision document is kept per decision, reopened on its decision, and goes once exported', async () => {
    const { page } = app;
    const decision = await api(page, 'commendations.createDecision', {
      number: '77',
      symbol: 'QĐ-CAT',
      signedOn: '2017-12-15',
      year: 2017,
      authorityId: DIRECTOR,
      awardFormId: PRAISE,
      issuerLine: 'Giám đốc Công an tỉnh Hải Dương',
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Đại tá Trần Văn Minh',
      place: 'Hải Dương',
    });
    await api(page, 'commendations.addRecipient', {
      decisionId: decision.id,
      kind: 'collective',
      name: 'Công an xã An Bình',
      unitName: 'Xã An Bình',
      achievement: 'Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2017',
    });
    await openFresh(page, app.web, '/commendations');
    await page.locator('.decision-list').getByText('77/QĐ-CAT').click();
    await page.getByRole('button', { name: 'Văn bản quyết định (Word, PDF)' }).click();
    await page.getByLabel('Xét đề nghị của').fill('Trưởng Công an xã An Bình');
    await page.getByLabel('Mức lương cơ sở (đồng)').fill('2.340.000');
    await expect.poll(() => navCount('commendations').textContent()).toBe('1 dòng chưa lưu');

    await switchAndReload(page, '/commendations');
    await expect.poll(() => pageDrafts().textContent()).toContain('Văn bản quyết định số 77/QĐ-CAT');
    await screenshot(page, 'decision-document-drafts');
    expect(await navCount('commendations').textContent()).toBe('1 dòng chưa lưu');
    await pageDrafts().getByRole('button', { name: 'Mở lại' }).click();
    await expect.poll(() => page.getByLabel('Xét đề nghị của').inputValue()).toBe('Trưởng Công an xã An Bình');
    expect(await page.getByLabel('Mức lương cơ sở (đồng)').inputValue()).toBe('2.340.000');

    // Chosen from the list of decisions instead: the kept parts are offered.
    await page.reload();
    await page.locator('.decision-list').getByText('77/QĐ-CAT').click();
    await page.getByRole('button', { name: 'Văn bản quyết định (Word, PDF)' }).click();
    await offer().getByRole('button', { name: 'Khôi phục bản nháp' }).click();
    expect(await page.getByLabel('Xét đề nghị của').inputValue()).toBe('Trưởng Công an xã An Bình');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Word' }).click()]);
    await page.getByText('(đã lưu)').waitFor();
    await expect.poll(() => navCount('commendations').count()).toBe(0);
    await page.reload();
    await page.locator('.decision-list').getByText('77/QĐ-CAT').click();
    await page.getByRole('button', { name: 'Văn bản quyết định (Word, PDF)' }).click();
    await expect.poll(() => page.getByLabel('Xét đề nghị của').inputValue()).toBe('Trưởng Công an xã An Bình');
    expect(await offer().count()).toBe(0);
    expect(await pageDrafts().count()).toBe(0);
    expect(await kept('form-commendations.document')).toEqual([]);
  });

  it('typed office settings are offered back after a reload, and go once saved', async () => {
    const { page } = app;
    await api(page, 'system.settings.update', {
      officeName: 'PHÒNG THAM MƯU',
      parentBodyName: 'CÔNG AN TỈNH HẢI DƯƠNG',
      provinceName: 'Hải Dương',
      placeName: 'Hải Dương',
    });
    await openFresh(page, app.web, '/settings');
    const name = page.locator('#office-officeName');
    await name.waitFor();
    const saved = await name.inputValue();
    await name.fill('PHÒNG THAM MƯU CÔNG AN TỈNH');
    await expect.poll(() => navCount('settings').textContent()).toBe('1 dòng chưa lưu');

    await switchAndReload(page, '/settings');
    await offer().waitFor();
    await screenshot(page, 'office-settings-draft-offer');
    expect(await name.inputValue()).toBe(saved);
    await offer().getByRole('button', { name: 'Khôi phục bản nháp' }).click();
    expect(await name.inputValue()).toBe('PHÒNG THAM MƯU CÔNG AN TỈNH');
    await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
    await page.locator('form[aria-labelledby="office-heading"]').getByText('Đã lưu lúc').waitFor();
    await expect.poll(() => navCount('settings').count()).toBe(0);
    // Typed back to what is saved: nothing is kept.
    await name.fill('PHÒNG THAM MƯU');
    await name.fill('PHÒNG THAM MƯU CÔNG AN TỈNH');
    await page.reload();
    await name.waitFor();
    expect(await name.inputValue()).toBe('PHÒNG THAM MƯU CÔNG AN TỈNH');
    expect(await offer().count()).toBe(0);
    expect(await kept('form-settings')).toEqual([]);
    expect(app.browser.errors).toEqual([]);
  });

  it("another tab's kept or dropped draft shows in this tab's count and list without a reload (change feed)", async () => {
    const { page } = app;
    await openFresh(page, app.web, '/reports');
    const other = await app.browser.context.newPage();
    try {
      await other.goto(`${app.web.origin}/#/overview`);
      const signer = 'Lê Văn Bình';
      await api(other, 'drafts.save', {
        page: 'form-reports',
        key: 'year-2016',
        cells: [{ column: 'signerName', value: signer, text: signer, error: null }],
      });
      await expect.poll(() => navCount('reports').textContent()).toBe('1 dòng chưa lưu');
      await expect.poll(() => pageDrafts().textContent()).toContain('Phần đầu báo cáo Năm 2016 – toàn tỉnh');
      await api(other, 'drafts.discard', { page: 'form-reports', key: 'year-2016' });
      await expect.poll(() => navCount('reports').count()).toBe(0);
      await expect.poll(() => pageDrafts().count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
