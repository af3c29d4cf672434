// Sign-in end to end on the core's REAL accounts (issue 12): web mode requiring accounts on 127.0.0.1,
// an administrator, a clerk and a viewer made through the core, nothing faked at the network edge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { OFFICE_PASSWORD, openOffice, type Office } from './support/office-accounts';
import { screenshot } from './support/screenshot';
import { cell } from './records-helpers';

const REFUSED = 'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá.';
const LOCKED = 'Phiên làm việc đã khoá';

async function signIn(page: Page, username: string, password = OFFICE_PASSWORD): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('signing in to an office with real accounts', () => {
  let office: Office;
  const browsers: TestBrowser[] = [];
  const open = async (): Promise<Page> => {
    const b = await launchBrowser();
    browsers.push(b);
    await b.page.setViewportSize({ width: 1366, height: 768 });
    return b.page;
  };
  let clerkPage: Page;

  beforeAll(async () => {
    office = await openOffice();
    const unit = async (name: string, kind: 'province' | 'commune', parentId: string | null) =>
      (await office.asOwner('units.create', { name, kind, parentId, code: null })).id;
    const province = await unit('Tỉnh Hải Dương', 'province', null);
    const commune = await unit('Xã An Bình', 'commune', province);
    const cats = await office.asOwner('catalogues.list', {});
    const first = (c: string) => cats.rows.find((r) => r.catalogue === c)?.id ?? '';
    await office.asOwner('sessions.create', {
      heldOn: '2017-03-10',
      unitId: commune,
      venueKindId: first('venue_kind'),
      formId: first('session_form'),
      topic: 'Phòng chống ma túy cho học sinh',
      presenter: 'Đặng Văn Lâm',
      attendees: 120,
    });
  });
  afterAll(async () => {
    for (const b of browsers) await b.close();
    await office?.close();
  });

  it('shows the sign-in screen, refuses a wrong password with the one message, and lets the clerk edit a record', async () => {
    const page = (clerkPage = await open());
    await page.goto(office.origin);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(await page.locator('.sidebar').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page, 'lan', 'sai mật khẩu rồi đó');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(REFUSED);
    await signIn(page, 'khong-co-ai', 'sai mật khẩu rồi đó');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(REFUSED);
    await screenshot(page, 'office-sign-in');

    await signIn(page, 'lan');
    await page.getByTestId('user-box').waitFor();
    expect(await page.getByTestId('user-box').textContent()).toContain('Nguyễn Thị Lan');
    await page.goto(`${office.origin}/#/sessions`);
    await expect.poll(() => cell(page, 0, 'attendees').textContent()).toBe('120');
    await cell(page, 0, 'attendees').click();
    await page.keyboard.type('321');
    await page.keyboard.press('Enter');
    const attendees = async () => (await office.asOwner('sessions.list', {})).rows[0]?.attendees;
    await expect.poll(attendees).toBe(321);
    await page.reload();
    await expect.poll(() => cell(page, 0, 'attendees').textContent()).toBe('321');
  });

  it('a viewer sees no write control and a read-only grid without a new-row line', async () => {
    const page = await open();
    await page.goto(`${office.origin}/#/sessions`);
    await signIn(page, 'lanhdao');
    await page.getByTestId('user-box').waitFor();
    await page.goto(`${office.origin}/#/sessions`);
    await expect.poll(() => cell(page, 0, 'attendees').textContent()).toBe('321');
    expect(await page.locator('[role="grid"]').getAttribute('aria-readonly')).toBe('true');
    // One saved session, and nothing under it to type into.
    expect(await page.locator('.grid-row[data-row]').count()).toBe(1);
    expect(await page.locator('.grid-hint').textContent()).toBe('Chỉ xem: vai trò của bạn không sửa được bảng này.');
    for (const name of [/Nhập từ Excel/, /Hoàn tác lần nhập/, /^Xo[áa]/, /Dán/])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    await cell(page, 0, 'attendees').click();
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    expect((await office.asOwner('sessions.list', {})).rows[0]?.attendees).toBe(321);
    await page.goto(`${office.origin}/#/commendations`);
    await page.locator('main h1').waitFor();
    for (const name of ['Quyết định mới', 'Cài đặt in']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    await screenshot(page, 'office-viewer');

    // Reports are a viewer's: the export comes, without first trying to save the header (a clerk's write).
    const calls: string[] = [];
    page.on('request', (r) => calls.push(new URL(r.url()).pathname));
    await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await page.getByLabel('Kỳ báo cáo').selectOption('year');
    await page.getByLabel('Năm', { exact: true }).fill('2017');
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(calls).toContain('/api/reports.exportXlsx');
    expect(calls).not.toContain('/api/reports.header.save');
  });

  it("disabling the clerk while the clerk's tab is open locks it at the clerk's next call", async () => {
    const page = clerkPage;
    await office.asOwner('users.disable', { id: office.ids.lan, disabled: true });
    await page.getByLabel('Tìm kiếm').fill('ma tuy');
    await page.getByRole('heading', { name: LOCKED }).waitFor();
    expect(await page.getByLabel('Tìm kiếm').inputValue()).toBe('ma tuy');
    await page.locator('dialog[open] #signin-password').fill(OFFICE_PASSWORD);
    await page.getByRole('button', { name: 'Mở khoá' }).click();
    await expect.poll(() => page.locator('dialog[open] [role="alert"]').textContent()).toContain(REFUSED);
  });

  it('locks after the idle time, keeping what was typed', async () => {
    await office.asOwner('auth.setIdleMinutes', { idleMinutes: 1 });
    const page = await open();
    await page.clock.install();
    await page.goto(office.origin);
    await signIn(page, 'lanhdao');
    await page.getByTestId('user-box').waitFor();
    await page.goto(`${office.origin}/#/sessions`);
    await page.getByLabel('Tìm kiếm').fill('học sinh');
    await page.clock.fastForward('00:50');
    expect(await page.getByRole('heading', { name: LOCKED }).count()).toBe(0);
    await page.clock.fastForward('00:15');
    await page.getByRole('heading', { name: LOCKED }).waitFor();
    expect(await page.getByLabel('Tìm kiếm').inputValue()).toBe('học sinh');
    await screenshot(page, 'office-idle-lock');
    expect(await axeViolations(page)).toEqual([]);
  });
});
