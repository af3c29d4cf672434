import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Office } from '../core/exchange/offices';
import { callOk } from '../fixtures/core';
import { entryId } from '../fixtures/seed/catalogue-ids';
import { cell } from './records-helpers';
import { apiOk } from './support/api-call';
import { axeViolations } from './support/axe';
import { makeDistrict, provinceOwnSession, provinceWithDistrictPackage } from './support/district';
import { eventually } from './support/eventually';
import { screenshot } from './support/screenshot';
import { LAPTOP, openFresh, useWebApp } from './support/web-app';

const LOCK = 'Bản ghi của Công an huyện An: chỉ đơn vị đó sửa được qua gói dữ liệu.';

/** The visible row whose topic cell reads `topic`. */
async function rowOf(page: Page, topic: string): Promise<number> {
  const row = page.locator('.grid-row', { has: page.locator(`.grid-cell[data-col="topic"]`, { hasText: topic }) });
  return Number(await row.first().getAttribute('data-row'));
}

/**
 * Issue 13 item 4 on screen: at a province that received a district's package, the sessions grid shows
 * each record's office, the district's rows cannot be typed into, deleted or pasted over (a lock and
 * the office named), the province's own rows can, and a reload shows the data as they were.
 */
describe('Nguồn: records of another office in the grids', () => {
  const app = useWebApp({ viewport: LAPTOP });
  let district: Office | undefined;
  afterAll(() => district?.core.close());

  it('shows the origin, locks the district rows against typing, Delete and paste, leaves own rows editable', async () => {
    district = await makeDistrict();
    const { page, web } = app;
    const { districtUnit } = await provinceWithDistrictPackage(web, district);
    await provinceOwnSession(web, districtUnit);
    const before = await apiOk(web, 'sessions.list', { offset: 0, limit: 50, filters: { origin: 'other' } });
    expect(before.total).toBe(3);

    await openFresh(page, web, '/sessions');
    await cell(page, 0, 'topic').waitFor();
    const foreign = await rowOf(page, 'Phòng chống tội phạm 2');
    const own = await rowOf(page, 'Buổi của tỉnh');
    expect(await cell(page, foreign, 'originOfficeId').textContent()).toBe('Công an huyện An');
    expect(await cell(page, own, 'originOfficeId').textContent()).toBe('Công an tỉnh Thử Nghiệm');
    const foreignRow = page.locator(`.grid-row[data-row="${foreign}"]`);
    expect(await foreignRow.getAttribute('data-locked')).toBe('true');
    expect(await foreignRow.locator('.grid-status-cell').getAttribute('title')).toBe(LOCK);
    expect(await page.locator(`.grid-row[data-row="${own}"]`).getAttribute('data-locked')).toBeNull();
    const statusbar = page.locator('.grid-statusbar');

    // Typing, F2 and a double click open no editor on the district's row.
    await cell(page, foreign, 'topic').click();
    await page.keyboard.type('Sửa ở tỉnh');
    await page.keyboard.press('F2');
    await cell(page, foreign, 'attendees').dblclick();
    expect(await page.locator('.grid-editor').count()).toBe(0);
    await eventually(() => statusbar.textContent()).toContain(LOCK);

    // Delete asks nothing and deletes nothing.
    await cell(page, foreign, 'topic').click();
    await page.keyboard.press('Delete');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await eventually(() => statusbar.textContent()).toContain(`Không xoá được: ${LOCK}`);

    // A paste over the district's row and the own row changes only the own one.
    const top = Math.min(foreign, own);
    const lines = Array.from({ length: Math.abs(foreign - own) + 1 }, (_, i) => (top + i === own ? 'Buổi của tỉnh (dán)' : 'Dán đè'));
    await cell(page, top, 'topic').click();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((text) => navigator.clipboard.writeText(text), lines.join('\r\n'));
    await page.keyboard.press('Control+V');
    await eventually(() => statusbar.textContent()).toMatch(/của đơn vị khác, không sửa/);
    await eventually(async () => (await apiOk(web, 'sessions.list', { offset: 0, limit: 50, search: 'dan' })).total).toBe(1);

    // The side panel shows the lock and read-only fields.
    await cell(page, foreign, 'topic').click();
    await page.getByRole('button', { name: 'Chi tiết dòng' }).click();
    const panel = page.getByRole('complementary', { name: 'Chi tiết dòng đang chọn' });
    await panel.getByText(LOCK).waitFor();
    expect(await panel.getByLabel('Chủ đề').getAttribute('readonly')).not.toBeNull();
    await page.getByRole('button', { name: 'Chi tiết dòng' }).click();

    // The own row takes typing as before.
    await cell(page, own, 'attendees').click();
    await page.keyboard.type('55');
    await page.keyboard.press('Enter');
    await eventually(
      async () => (await apiOk(web, 'sessions.list', { offset: 0, limit: 50, filters: { origin: 'own' } })).rows[0]?.attendees,
    ).toBe(55);

    // The origin filter: the district's rows only.
    await page.getByLabel('Lọc Nguồn').selectOption('other');
    await eventually(() => page.getByTestId('grid-row-count').textContent()).toBe('3 dòng');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Lọc Nguồn').selectOption('');
    await eventually(() => page.getByTestId('grid-row-count').textContent()).toBe('4 dòng');
    // The origin column is the last one: the screenshot shows it beside the row marks.
    await page.locator('.grid-scroll').evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await cell(page, foreign, 'originOfficeId').click();
    await screenshot(page, 'origin-grid-1366');

    await page.reload();
    await cell(page, 0, 'topic').waitFor();
    const after = await apiOk(web, 'sessions.list', { offset: 0, limit: 50, filters: { origin: 'other' } });
    expect(after.rows).toEqual(before.rows);

    // The models grid locks the district's model the same way, its status change included.
    await openFresh(page, web, '/models');
    await cell(page, 0, 'name').waitFor();
    expect(await cell(page, 0, 'originOfficeId').textContent()).toBe('Công an huyện An');
    expect(await page.locator('.grid-row[data-row="0"]').getAttribute('data-locked')).toBe('true');
    await cell(page, 0, 'name').click();
    await page.getByRole('button', { name: 'Đổi trạng thái…' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await eventually(() => page.locator('.grid-statusbar').textContent()).toContain(LOCK);
  }, 120_000);

  it("shows an export's progress in records, as the core reports it while it builds the package", async () => {
    const { page, web } = app;
    await openFresh(page, web, '/settings/exchange');
    // The answer is held back a moment after the core gave it, so the last report stays on screen.
    await page.route('**/api/exchange.exportPackage', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ response });
    });
    await page.getByRole('button', { name: 'Tạo và tải gói' }).click();
    const task = page.getByTestId('exchange-task');
    // The province's own records only: its one session.
    await eventually(() => task.textContent()).toBe('Bước 1/2: Ghi bản ghi vào gói 100% (1/1 bản ghi)');
    expect(await task.getByRole('progressbar').getAttribute('value')).toBe('1');
    await task.scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshot(page, 'exchange-export-progress-1366') });
    await page.getByText(/Đã tạo gói số 1/).waitFor();
    expect(await task.count()).toBe(0);
    await page.unroute('**/api/exchange.exportPackage');
  }, 60_000);

  it("shows the steps of an import: the file's bytes read, the check, then the records it applies", async () => {
    const { page, web } = app;
    if (!district) throw new Error('the first test makes the district');
    await callOk(district.core, 'sessions.create', {
      heldOn: '2017-06-01',
      unitId: district.units.A1!,
      venueKindId: entryId('KHU_DAN_CU'),
      formId: entryId('TUYEN_TRUYEN'),
      topic: 'Buổi thứ tư',
    });
    const pkg = await callOk(district.core, 'exchange.exportPackage', { to: 'CAT-TN', all: false });
    await openFresh(page, web, '/settings/exchange');
    await page.route('**/api/exchange.importPackage', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await route.fulfill({ response });
    });
    const task = page.getByTestId('exchange-task');
    await page
      .getByLabel('Chọn tệp gói (.antq)')
      .setInputFiles({ name: pkg.fileName, mimeType: 'application/octet-stream', buffer: Buffer.from(pkg.contentBase64, 'base64') });
    // The preview's step follows the core's reports: the signature's check (timed), then the records compared.
    await eventually(() => task.textContent()).toBe('Bước 2/3: Đối chiếu bản ghi của gói với dữ liệu ở đây 100% (1/1 bản ghi)');
    await page.getByTestId('exchange-preview-kinds').waitFor();
    await page.getByRole('button', { name: 'Nhận gói' }).click();
    // The core's own report of the records it wrote replaces the step's first words.
    await eventually(() => task.textContent()).toBe('Bước 3/3: Ghi bản ghi 100% (1/1 bản ghi)');
    await page.getByText('Đã nhận gói số 2 của Công an huyện An').waitFor();
    expect(await task.count()).toBe(0);
    await page.unroute('**/api/exchange.importPackage');
    expect((await apiOk(web, 'sessions.list', { offset: 0, limit: 50, search: 'buoi thu tu' })).rows[0]?.fromOtherOffice).toBe(true);
  }, 60_000);
});
