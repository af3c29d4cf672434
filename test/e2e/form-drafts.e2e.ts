import { describe, expect, it } from 'vitest';
import { LAPTOP, openFresh, useWebApp } from './support/web-app';
import { api } from './records-helpers';
import { screenshot } from './support/screenshot';

/**
 * Issue 10 item 1 for forms: a half-filled decision form is kept by the core, counted in the navigation
 * like unsaved rows, and offered back after a reload ("Khôi phục bản nháp" / "Bỏ bản nháp"); saving or
 * dropping it on purpose is what ends it.
 */
describe('form drafts that survive a reload', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });
  const navCount = () => app.page.getByTestId('nav-drafts-commendations');

  it('offers a half-filled new decision back after a reload, and saving it ends the draft', async () => {
    const { page } = app;
    await openFresh(page, app.web, '/commendations');
    await page.getByRole('button', { name: 'Quyết định mới' }).click();
    await page.getByLabel('Số quyết định').fill('88');
    await page.getByLabel('Họ tên người ký').fill('Nguyễn Thị Ánh Tuyết');
    await expect.poll(() => navCount().textContent()).toBe('1 dòng chưa lưu');

    await page.reload();
    await page.getByRole('button', { name: 'Quyết định mới' }).click();
    const offer = page.getByTestId('form-draft-offer');
    await offer.waitFor();
    await screenshot(page, 'form-draft-offer');
    expect(await page.getByLabel('Số quyết định').inputValue()).toBe('');
    await offer.getByRole('button', { name: 'Khôi phục bản nháp' }).click();
    expect(await page.getByLabel('Số quyết định').inputValue()).toBe('88');
    expect(await page.getByLabel('Họ tên người ký').inputValue()).toBe('Nguyễn Thị Ánh Tuyết');

    const cats = await api(page, 'catalogues.list', {});
    const label = (c: string) => cats.rows.find((r) => r.catalogue === c)?.name ?? '';
    await page.getByLabel('Ngày ký (dd/mm/yyyy)').fill('20/12/2017');
    await page.getByLabel('Cấp khen', { exact: true }).selectOption({ label: label('awarding_authority') });
    await page.getByLabel('Hình thức khen thưởng').selectOption({ label: label('award_form') });
    await page.getByLabel('Chức vụ người ký (ví dụ GIÁM ĐỐC)').fill('GIÁM ĐỐC');
    await page.getByRole('button', { name: 'Lưu quyết định' }).click();
    await expect.poll(() => navCount().count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Quyết định mới' }).click();
    await page.getByLabel('Số quyết định').waitFor();
    expect(await page.getByTestId('form-draft-offer').count()).toBe(0);
    expect((await api(page, 'commendations.listDecisions', {})).rows.map((d) => d.number)).toContain('88');
  });

  it('drops a kept draft only when the clerk chooses "Bỏ bản nháp"', async () => {
    const { page } = app;
    await openFresh(page, app.web, '/commendations');
    await page.getByRole('button', { name: 'Quyết định mới' }).click();
    await page.getByLabel('Số quyết định').fill('99');
    await expect.poll(() => navCount().textContent()).toBe('1 dòng chưa lưu');
    await page.reload();
    await page.getByRole('button', { name: 'Quyết định mới' }).click();
    await page.getByTestId('form-draft-offer').getByRole('button', { name: 'Bỏ bản nháp' }).click();
    await expect.poll(() => navCount().count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Quyết định mới' }).click();
    await page.getByLabel('Số quyết định').waitFor();
    expect(await page.getByTestId('form-draft-offer').count()).toBe(0);
    expect(app.browser.errors).toEqual([]);
  });
});
