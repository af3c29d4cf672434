import { describe, expect, it } from 'vitest';
import { LAPTOP, useWebApp } from './support/web-app';
import { api, cell } from './records-helpers';

/**
 * Issue 10 item 1: unsaved rows (new, half-typed or invalid) are kept by the core per page, across page
 * switches and reloads, counted in the footer and the navigation, and go only when discarded on purpose.
 * Every check that matters is made after a fresh load of the page.
 */
describe('drafts that survive (issue 10 item 1)', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });

  const rowCount = () => app.browser.page.getByTestId('grid-row-count').textContent();
  const navCount = (section: string) => app.browser.page.getByTestId(`nav-drafts-${section}`).textContent();
  const kept = async (page: string) => (await api(app.browser.page, 'drafts.list', { page })).drafts;

  it('a pasted session with a date that does not exist survives a page switch and a reload, then goes only when discarded', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/sessions`);
    await page.reload();
    await expect.poll(rowCount).toBe('3 dòng');
    await cell(page, 3, 'heldOn').click();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((text) => navigator.clipboard.writeText(text), '32/03/2017\tXã An Bình\r\n');
    await page.keyboard.press('Control+V');
    await expect.poll(() => cell(page, 3, 'heldOn').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(async () => (await kept('sessions')).length).toBe(1);

    await page.goto(`${app.web.origin}/#/outcomes`);
    await expect.poll(() => navCount('sessions')).toBe('1 dòng chưa lưu');
    await page.goto(`${app.web.origin}/#/sessions`);
    await expect.poll(() => cell(page, 3, 'heldOn').textContent()).toBe('32/03/2017');
    expect(await cell(page, 3, 'heldOn').getAttribute('aria-invalid')).toBe('true');

    await page.reload();
    await expect.poll(rowCount).toBe('3 dòng, 1 dòng chưa lưu');
    await expect.poll(() => cell(page, 3, 'heldOn').textContent()).toBe('32/03/2017');
    expect(await cell(page, 3, 'unitId').textContent()).toBe('Xã An Bình');
    expect(await cell(page, 3, 'heldOn').getAttribute('aria-invalid')).toBe('true');
    expect(await navCount('sessions')).toBe('1 dòng chưa lưu');
    expect((await api(page, 'sessions.list', { limit: 100 })).total).toBe(3);

    // Discarding is an explicit action that asks first.
    await cell(page, 3, 'topic').click();
    await page.getByTestId('discard-draft').click();
    await page.getByRole('dialog', { name: 'Bỏ dòng chưa lưu' }).getByRole('button', { name: 'Bỏ dòng' }).click();
    await expect.poll(rowCount).toBe('3 dòng');
    await expect.poll(async () => (await kept('sessions')).length).toBe(0);
    await page.reload();
    await expect.poll(rowCount).toBe('3 dòng');
    expect(await page.getByTestId('nav-drafts-sessions').count()).toBe(0);
  });

  it('a half-typed model row survives a reload with its count shown; finished, it is created and its draft goes', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/models`);
    await page.reload();
    await expect.poll(rowCount).toBe('0 dòng');
    await cell(page, 0, 'name').click();
    await page.keyboard.type('Mô hình đang gõ dở');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await kept('models')).length).toBe(1);

    await page.reload();
    await expect.poll(rowCount).toBe('0 dòng, 1 dòng chưa lưu');
    await expect.poll(() => cell(page, 0, 'name').textContent()).toBe('Mô hình đang gõ dở');
    expect(await navCount('models')).toBe('1 dòng chưa lưu');
    expect((await api(page, 'models.list', { limit: 100 })).total).toBe(0);

    // Finished, the row is created and its draft goes with no further action.
    await cell(page, 0, 'name').click();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((text) => navigator.clipboard.writeText(text), 'Mô hình đang gõ dở\tTổ liên gia tự quản\tXã An Bình\t01/04/2018');
    await page.keyboard.press('Control+V');
    await expect.poll(async () => (await api(page, 'models.list', { limit: 100 })).total).toBe(1);
    await expect.poll(async () => (await kept('models')).length).toBe(0);
    await page.reload();
    await expect.poll(rowCount).toBe('1 dòng');
    expect(await page.getByTestId('nav-drafts-models').count()).toBe(0);
  });

  it('a row typed a moment before a reload is kept too (sent as the page goes)', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/sessions`);
    await page.reload();
    await expect.poll(rowCount).toBe('3 dòng');
    await cell(page, 3, 'topic').click();
    await page.keyboard.type('Buổi đang gõ dở');
    await page.keyboard.press('Tab');
    // At once: well inside the wait before the grid sends its drafts.
    await page.reload();
    await expect.poll(rowCount).toBe('3 dòng, 1 dòng chưa lưu');
    await expect.poll(() => cell(page, 3, 'topic').textContent()).toBe('Buổi đang gõ dở');
    await cell(page, 3, 'topic').click();
    await page.getByTestId('discard-draft').click();
    await page.getByRole('dialog', { name: 'Bỏ dòng chưa lưu' }).getByRole('button', { name: 'Bỏ dòng' }).click();
    await expect.poll(async () => (await kept('sessions')).length).toBe(0);
  });
});
