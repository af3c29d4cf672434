import { beforeAll, describe, expect, it } from 'vitest';
import { useWebApp } from './support/web-app';
import type { Page } from 'playwright-core';
import { api, cell } from './records-helpers';
import { openOneModel } from './support/models-page';

/**
 * Issue 10 items 3 and 5 in Chromium, web mode: a save in one tab shows in the other within 1 s
 * without a reload, and a batch action (numbering the recipients) leaves no ghost rows and right
 * counts at once. Each ends by checking a fresh reload shows the same.
 */
describe('live changes between tabs, and batch actions', () => {
  let tabA: Page;
  let tabB: Page;

  const app = useWebApp({ seed: true });

  beforeAll(async () => {
    tabA = app.browser.page;
    tabB = await app.browser.context.newPage();
    await tabB.goto(app.web.origin);
  });

  it("shows another tab's save within 1 s, keeping this tab's cursor", async () => {
    const types = await api(tabA, 'catalogues.list', { catalogue: 'model_type' });
    await api(tabA, 'models.create', {
      typeId: types.rows[0]?.id ?? '',
      name: 'Mô hình trực tiếp',
      unitId: app.seeded.anBinh,
      foundedOn: '2017-03-05',
    });
    await openOneModel(tabA, 'truc tiep');
    await openOneModel(tabB, 'truc tiep');
    await cell(tabB, 0, 'note').click();
    await cell(tabA, 0, 'leader').click();
    await tabA.keyboard.type('Trưởng thôn');
    await tabA.keyboard.press('Enter');
    const savedAt = Date.now();
    await expect.poll(() => cell(tabB, 0, 'leader').textContent(), { timeout: 1000, interval: 50 }).toBe('Trưởng thôn');
    expect(Date.now() - savedAt).toBeLessThan(1500);
    expect(await tabB.locator('.grid-cursor').getAttribute('data-col')).toBe('note');
    await openOneModel(tabB, 'truc tiep');
    expect(await cell(tabB, 0, 'leader').textContent()).toBe('Trưởng thôn');
  });

  it('numbers the recipients: no ghost rows, and the decision list counts them at once', async () => {
    const cats = await api(tabA, 'catalogues.list', {});
    const byCode = (code: string) => cats.rows.find((r) => r.code === code)?.id ?? '';
    const d = await api(tabA, 'commendations.createDecision', {
      number: '77',
      symbol: 'QĐ-CAT',
      signedOn: '2017-12-20',
      year: 2017,
      authorityId: byCode('GIAM_DOC_CA_TINH'),
      issuerLine: 'Giám đốc Công an tỉnh',
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Nguyễn Văn A',
      awardFormId: byCode('GIAY_KHEN'),
    });
    await tabA.reload();
    await tabA.keyboard.press('Alt+7');
    await expect.poll(() => tabA.locator('main h1').textContent()).toBe('Khen thưởng');
    await tabA.getByText('77/QĐ-CAT', { exact: false }).first().click();
    await tabA.locator('.grid-row[data-row="0"]').waitFor();
    for (const [i, name] of ['Đội Một', 'Đội Hai', 'Đội Ba'].entries()) {
      await cell(tabA, i, 'kind').click();
      await tabA.keyboard.type('Tập thể');
      for (const [text, tabs] of [
        [name, 4],
        ['Xã An Bình', 1],
        ['Có thành tích xuất sắc', 0],
      ] as const) {
        await tabA.keyboard.press('Tab');
        await tabA.keyboard.type(text);
        for (let t = 0; t < tabs - 1; t += 1) await tabA.keyboard.press('Tab');
      }
      await tabA.keyboard.press('Enter');
      await expect.poll(async () => (await api(tabA, 'commendations.getDecision', { id: d.id })).recipientCount).toBe(i + 1);
    }
    await tabA.getByRole('button', { name: /Cấp số sổ/ }).click();
    await expect
      .poll(async () =>
        (await api(tabA, 'commendations.listRecipients', { decisionId: d.id })).rows.every((r) => r.registryNumber !== null),
      )
      .toBe(true);
    await expect.poll(() => tabA.locator('.recipients .grid-statusbar').textContent()).toMatch(/^3 dòng/);
    await expect.poll(() => tabA.locator('.recipients .grid-row[data-status]').count()).toBeLessThanOrEqual(4);
    const rowsShown = await tabA.locator('.recipients .grid-row').count();
    const count = tabA.locator('tr', { hasText: '77/QĐ-CAT' }).locator('td.num');
    await expect.poll(() => count.textContent()).toBe('3');
    await tabA.reload();
    await tabA.getByText('77/QĐ-CAT', { exact: false }).first().click();
    await tabA.locator('.recipients .grid-row[data-row="0"]').waitFor();
    await expect.poll(() => tabA.locator('.recipients .grid-statusbar').textContent()).toMatch(/^3 dòng/);
    expect(await tabA.locator('.recipients .grid-row').count()).toBe(rowsShown);
    expect(await count.textContent()).toBe('3');
  });
});
