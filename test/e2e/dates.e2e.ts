import { describe, expect, it } from 'vitest';
import { LAPTOP, useWebApp } from './support/web-app';
import { api, cell } from './records-helpers';
import { selectRow } from './support/unit-dialogs';

describe('dates through the shared parser, errors beside their field (issue 10 item 7)', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });

  /** Types a new model row whose date is typed as given, and leaves the date cell with Enter. */
  async function typeModel(name: string, date: string) {
    const { page } = app.browser;
    const row = await page.locator('.grid-row-new').getAttribute('data-row');
    await cell(page, Number(row), 'name').click();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.type('tieng keng');
    await page.keyboard.press('Tab');
    await page.keyboard.type('an binh');
    await page.getByRole('option', { name: /Xã An Bình/ }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type(date);
    await page.keyboard.press('Enter');
    return Number(row);
  }

  it('reads 5/3/17 and 05032017 in a grid; a refused date keeps the cursor on its cell, with the reason', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/models`);
    await page.locator('.grid-row-new').waitFor();
    await typeModel('Mô hình ngày ngắn', '5/3/17');
    await expect.poll(async () => (await api(page, 'models.list', { limit: 10 })).total).toBe(1);
    await typeModel('Mô hình ngày liền', '05032017');
    await expect.poll(async () => (await api(page, 'models.list', { limit: 10 })).total).toBe(2);
    const refusedRow = await typeModel('Mô hình ngày sai', '32/03/2017');
    const date = cell(page, refusedRow, 'foundedOn');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(await date.getAttribute('title')).toMatch(/32\/03\/2017/);
    // The cursor did not move on: the clerk is where the error is.
    expect(await page.locator('.grid-cursor').getAttribute('data-col')).toBe('foundedOn');
    expect(await page.locator('.grid-cursor').evaluate((el) => el.closest('.grid-row')?.getAttribute('data-row'))).toBe(String(refusedRow));
    expect(await page.locator('.grid-statusbar').textContent()).toContain('không có thật');
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1.4.2017');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await api(page, 'models.list', { limit: 10 })).total).toBe(3);

    await page.reload();
    await page.locator('.grid-row[data-row="2"]').waitFor();
    const shown = await page.$$eval('.grid-row[data-row] .grid-cell[data-col="foundedOn"]', (cells) => cells.map((c) => c.textContent));
    expect(shown.filter((t) => t).sort()).toEqual(['01/04/2017', '05/03/2017', '05/03/2017']);
  });

  it('reads "tháng 4/2017" and "T5/2017" as months in the outcomes grid', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/outcomes`);
    for (const [typed, unit, month] of [
      ['tháng 4/2017', 'dang le', '2017-04'],
      ['T5/2017', 'dang le', '2017-05'],
    ] as const) {
      // The new-row line sits below every saved row: wait until the last save's refresh has drawn them all.
      const { total } = await api(page, 'outcomes.list', { limit: 1 });
      await expect.poll(() => page.locator('.grid-row-new').getAttribute('data-row')).toBe(String(total));
      const row = total;
      await cell(page, row, 'period').click();
      await page.keyboard.type(typed);
      await page.keyboard.press('Tab');
      await page.keyboard.type(unit);
      await page.getByRole('option', { name: /Xã Đặng Lễ/ }).waitFor();
      await page.keyboard.press('Tab');
      await page.keyboard.type('7');
      await page.keyboard.press('Enter');
      // Saved in the core; the grid may already have re-sorted the row elsewhere after the live refresh.
      await expect.poll(async () => (await api(page, 'outcomes.list', { limit: 50 })).rows.map((r) => r.period)).toContain(month);
    }
    await page.reload();
    await page.locator('.grid-row[data-row="0"]').waitFor();
    const periods = (await api(page, 'outcomes.list', { limit: 50 })).rows.map((r) => r.period).sort();
    expect(periods).toEqual(expect.arrayContaining(['2017-04', '2017-05']));
    const shown = await page.$$eval('.grid-row[data-row] .grid-cell[data-col="period"]', (cells) => cells.map((c) => c.textContent));
    expect(shown).toEqual(expect.arrayContaining(['04/2017', '05/2017']));
  });

  it('in the decision form, a refused date shows beside its field and takes the focus there', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/commendations`);
    await page.getByRole('button', { name: 'Quyết định mới' }).click();
    await page.getByLabel('Số quyết định').fill('126');
    await page.getByLabel('Ngày ký (dd/mm/yyyy)').fill('31/02/2017');
    await page.getByLabel('Năm khen thưởng').fill('2017');
    await page.getByLabel('Cấp khen', { exact: true }).selectOption({ label: 'Giám đốc Công an tỉnh' });
    await page.getByLabel('Hình thức khen thưởng').selectOption({ label: 'Giấy khen' });
    await page.getByLabel('Chức vụ người ký (ví dụ GIÁM ĐỐC)').fill('GIÁM ĐỐC');
    await page.getByLabel('Họ tên người ký').fill('Đại tá Trần Văn Minh');
    await page.getByRole('button', { name: 'Lưu quyết định' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dec-signedOn');
    const field = page.locator('.field', { has: page.locator('#dec-signedOn') });
    expect(await field.locator('.field-error').textContent()).toBe('Ngày "31/02/2017" không có thật.');
    // The pivot is stated where the date is typed.
    expect(await field.textContent()).toContain('45–99 là 1945–1999');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('15/12/17');
    await page.getByRole('button', { name: 'Lưu quyết định' }).click();
    await page.getByText('Quyết định số 126').first().waitFor();
    await page.reload();
    await page.getByRole('cell', { name: '126', exact: true }).waitFor();
    expect(await page.getByRole('row', { name: /126/ }).textContent()).toContain('15/12/2017');
    const decisions = await api(page, 'commendations.listDecisions', {});
    expect(decisions.rows.map((d) => d.signedOn)).toEqual(['2017-12-15']);
  });

  it('in the unit retire dialog, a refused date shows beside its field with the focus there; a short date is read', async () => {
    const { page } = app.browser;
    await page.goto(`${app.web.origin}/#/units`);
    await page.reload();
    await selectRow(page, 'dang le', 'Xã Đặng Lễ');
    await page.getByRole('button', { name: 'Cho hết hiệu lực…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Hết hiệu lực sau ngày (dd/mm/yyyy)').fill('31/06/2025');
    await dialog.getByRole('button', { name: 'Cho hết hiệu lực' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('unit-valid-until');
    const field = dialog.locator('.field', { has: page.locator('#unit-valid-until') });
    expect(await field.locator('.field-error').textContent()).toBe('Ngày "31/06/2025" không có thật.');
    expect((await api(page, 'units.get', { id: app.seeded.dangLe })).validUntil).toBeNull();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30/6/25');
    await dialog.getByRole('button', { name: 'Cho hết hiệu lực' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.reload();
    await page.locator('.grid-search').fill('dang le');
    await expect.poll(() => cell(page, 0, 'validUntil').textContent()).toBe('30/06/2025');
    expect((await api(page, 'units.get', { id: app.seeded.dangLe })).validUntil).toBe('2025-06-30');
  });
});
