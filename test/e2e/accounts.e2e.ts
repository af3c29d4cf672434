// The renderer's sign-in, first run, lock screen, role-based hiding and Cài đặt → Tài khoản (issue 12),
// in web mode, with the accounts methods faked at the page's network edge (support/fake-accounts.ts):
// the core's accounts are another branch of issue 12. Every other call reaches the real server.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { FAKE_PASSWORD, FakeAccounts } from './support/fake-accounts';
import { screenshot } from './support/screenshot';
import { LAPTOP, useWebApp } from './support/web-app';

describe('accounts in the renderer (issue 12)', () => {
  const accounts = new FakeAccounts();
  const app = useWebApp({ viewport: LAPTOP, beforeOpen: ({ page }) => accounts.install(page) });

  it('a database without accounts opens on the first-run form, which checks the password twice', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Tạo tài khoản quản trị' }).waitFor();
    expect(await page.locator('.sidebar').count()).toBe(0);
    await screenshot(page, 'first-run');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Họ và tên').fill('Trần Văn Quản');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('ngan');
    await page.getByLabel('Nhập lại mật khẩu').fill('ngan');
    await page.getByRole('button', { name: 'Tạo tài khoản và đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('ít nhất 10 ký tự');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(FAKE_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(`${FAKE_PASSWORD}x`);
    await page.getByRole('button', { name: 'Tạo tài khoản và đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('không khớp');
    expect(accounts.users).toHaveLength(0);
    await page.getByLabel('Nhập lại mật khẩu').fill(FAKE_PASSWORD);
    await page.getByRole('button', { name: 'Tạo tài khoản và đăng nhập' }).click();
    await page.getByTestId('user-box').waitFor();
    expect(await page.getByTestId('user-box').textContent()).toContain('Trần Văn Quản');
    expect(accounts.users.map((u) => [u.username, u.role])).toEqual([['quantri', 'admin']]);
  });

  it('Cài đặt → Tài khoản lists the accounts and creates, edits, resets and disables them', async () => {
    const { page } = app;
    await page.goto(`${app.web.origin}/#/settings/accounts`);
    await page.getByRole('heading', { name: 'Tài khoản', level: 1 }).waitFor();
    await page.getByLabel('Tên đăng nhập').fill('lan');
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
    await page.getByLabel('Vai trò').selectOption('clerk');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(FAKE_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(FAKE_PASSWORD);
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByTestId('account-lan').waitFor();
    accounts.add('lanhdao', 'viewer', 'Lê Văn Đạo');
    await page.getByLabel('Tên đăng nhập').fill('lanhdao');
    await page.getByLabel('Họ và tên').fill('Trùng tên');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(FAKE_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(FAKE_PASSWORD);
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect.poll(() => page.locator('.account-form [role="alert"]').textContent()).toContain('đã có');
    await page.reload();
    await page.getByTestId('account-lanhdao').waitFor();
    // No lock-out of oneself: the signed-in administrator's row has no "Khoá".
    expect(await page.getByRole('button', { name: 'Khoá tài khoản quantri' }).count()).toBe(0);
    await screenshot(page, 'accounts');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sửa tài khoản lan', exact: true }).click();
    await page.getByLabel('Họ và tên', { exact: true }).last().fill('Nguyễn Thị Lan Anh');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByTestId('account-lan').textContent()).toContain('Nguyễn Thị Lan Anh');

    await page.getByRole('button', { name: 'Đặt lại mật khẩu của lan', exact: true }).click();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-123');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-124');
    await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await expect.poll(() => page.locator('dialog[open] [role="alert"]').textContent()).toContain('không khớp');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-123');
    await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await expect.poll(() => page.locator('.notice-ok').textContent()).toContain('Đã đặt mật khẩu mới cho lan');
    // Never readable again: the dialog closed, no field holds it.
    expect(await page.locator('input[type="password"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).not.toContain(
      'mat-khau-moi-123',
    );
    const lan = accounts.users.find((u) => u.username === 'lan');
    expect(accounts.passwords.get(lan?.id ?? '')).toBe('mat-khau-moi-123');
    if (lan) accounts.passwords.set(lan.id, FAKE_PASSWORD);

    await page.getByRole('button', { name: 'Khoá tài khoản lanhdao', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Khoá', exact: true }).click();
    await expect.poll(() => page.getByTestId('account-lanhdao').textContent()).toContain('Đã khoá');
    await page.getByRole('button', { name: 'Mở khoá tài khoản lanhdao', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mở khoá', exact: true }).click();
    await expect.poll(() => page.getByTestId('account-lanhdao').textContent()).toContain('Đang dùng');
  });

  it('signing out shows the sign-in form with the last username; a wrong password is refused', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('quantri');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(FAKE_PASSWORD);
    await page.getByLabel('Tên đăng nhập').fill('lanhdao');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-roi');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('không đúng');
    await screenshot(page, 'sign-in');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a viewer (lãnh đạo) sees no settings, no write buttons, and read-only grids', async () => {
    const { page } = app;
    await page.getByLabel('Mật khẩu').fill(FAKE_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('user-box').waitFor();
    expect(
      await page
        .locator('.sidebar')
        .getByRole('link', { name: /Cài đặt/ })
        .count(),
    ).toBe(0);
    await page.goto(`${app.web.origin}/#/settings/accounts`);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/overview');
    await page.goto(`${app.web.origin}/#/models`);
    await page.locator('[role="grid"]').waitFor();
    expect(await page.locator('[role="grid"]').getAttribute('aria-readonly')).toBe('true');
    expect(await page.getByRole('button', { name: 'Đổi trạng thái…' }).count()).toBe(0);
    await page.goto(`${app.web.origin}/#/commendations`);
    await page.locator('main h1').waitFor();
    expect(await page.getByRole('button', { name: 'Quyết định mới' }).count()).toBe(0);
  });

  it('an expired session locks over the page; what was typed stays, and the refused call is sent again after signing in', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await page.getByLabel('Tên đăng nhập').fill('lan');
    await page.getByLabel('Mật khẩu').fill(FAKE_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.goto(`${app.web.origin}/#/models`);
    await page.locator('[role="grid"]').waitFor();
    expect(await page.getByRole('button', { name: 'Đổi trạng thái…' }).count()).toBe(1);
    // The page's first calls answered before the session expires: on a loaded machine one still on its way
    // was refused instead, and the grid's search then waited behind it without being sent.
    await page.waitForLoadState('networkidle');
    accounts.expireSession();
    await page.getByLabel('Tìm kiếm').fill('Tổ tự quản');
    await page.getByRole('heading', { name: 'Phiên làm việc đã khoá' }).waitFor();
    // The search's list call waits behind the lock (refused once), like any call made meanwhile.
    await expect.poll(() => accounts.refused).toContain('/api/models.list');
    await screenshot(page, 'lock-screen');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.getByLabel('Tìm kiếm').inputValue()).toBe('Tổ tự quản');
    expect(await page.locator('dialog[open] #signin-username').inputValue()).toBe('lan');
    const listed = page.waitForResponse((r) => r.url().endsWith('/api/models.list'));
    await page.locator('dialog[open] #signin-password').fill(FAKE_PASSWORD);
    await page.getByRole('button', { name: 'Mở khoá' }).click();
    await listed;
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.getByLabel('Tìm kiếm').inputValue()).toBe('Tổ tự quản');
    expect(app.browser.errors).toEqual([]);
  });
});
