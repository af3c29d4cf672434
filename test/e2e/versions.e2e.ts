import { beforeAll, describe, expect, it } from 'vitest';
import { useWebApp } from './support/web-app';
import type { Page } from 'playwright-core';
import { api, cell } from './records-helpers';
import { openOneModel } from './support/models-page';

/**
 * Issue 10 items 2 and 4 in Chromium, web mode: two tabs over one database, and undo as a write. Each
 * test asserts against a fresh reload of the page, not against what the grid last drew.
 */
describe('versions, conflicts and undo in the grid (two tabs)', () => {
  let tabA: Page;
  let tabB: Page;

  const app = useWebApp({ seed: true });

  beforeAll(async () => {
    tabA = app.browser.page;
    tabB = await app.browser.context.newPage();
    await tabB.goto(app.web.origin);
  });

  const edit = async (page: Page, col: string, text: string) => {
    await startTyping(page, col, text);
    await page.keyboard.press('Enter');
  };
  /** Opens a cell's editor and types, without saving: the save is then checked against this moment's version. */
  const startTyping = async (page: Page, col: string, text: string) => {
    await cell(page, 0, col).click();
    await page.keyboard.type(text);
  };
  const aModel = async (name: string) => {
    const types = await api(tabA, 'catalogues.list', { catalogue: 'model_type' });
    return api(tabA, 'models.create', { typeId: types.rows[0]?.id ?? '', name, unitId: app.seeded.anBinh, foundedOn: '2017-03-05' });
  };

  it("refuses the stale tab's save, shows both values, and keeps the clerk's on request", async () => {
    const m = await aModel('Mô hình hai tab');
    await openOneModel(tabA, 'hai tab');
    await openOneModel(tabB, 'hai tab');
    // Tab B is typing when tab A saves; the change feed may refresh tab B meanwhile, but its clerk never saw A's value.
    await startTyping(tabB, 'leader', 'Người của tab B');
    await edit(tabA, 'leader', 'Người của tab A');
    await expect.poll(async () => (await api(tabA, 'models.get', { id: m.id })).leader).toBe('Người của tab A');
    await tabB.keyboard.press('Enter');
    const bar = tabB.getByTestId('grid-conflict');
    await bar.waitFor();
    expect(await bar.getByTestId('conflict-mine').textContent()).toBe('Người của tab B');
    expect(await bar.getByTestId('conflict-theirs').textContent()).toBe('Người của tab A');
    // Nothing was overwritten silently.
    expect(await api(tabA, 'models.get', { id: m.id })).toMatchObject({ leader: 'Người của tab A', version: 2 });
    await bar.getByRole('button', { name: 'Giữ của tôi' }).click();
    await expect.poll(async () => (await api(tabA, 'models.get', { id: m.id })).leader).toBe('Người của tab B');
    await expect.poll(() => bar.count()).toBe(0);
    await openOneModel(tabA, 'hai tab');
    expect(await cell(tabA, 0, 'leader').textContent()).toBe('Người của tab B');
  });

  it("takes the other tab's value: after a reload the grid shows exactly that", async () => {
    const m = await aModel('Mô hình lấy bản kia');
    await openOneModel(tabA, 'lay ban kia');
    await openOneModel(tabB, 'lay ban kia');
    await startTyping(tabB, 'sites', '9');
    await edit(tabA, 'sites', '4');
    await expect.poll(async () => (await api(tabA, 'models.get', { id: m.id })).sites).toBe(4);
    await tabB.keyboard.press('Enter');
    const bar = tabB.getByTestId('grid-conflict');
    await bar.getByRole('button', { name: 'Lấy bản kia' }).click();
    expect(await cell(tabB, 0, 'sites').textContent()).toBe('4');
    expect((await api(tabA, 'models.get', { id: m.id })).sites).toBe(4);
    await openOneModel(tabB, 'lay ban kia');
    expect(await cell(tabB, 0, 'sites').textContent()).toBe('4');
  });

  it('undoes several date edits, one of them refused, to what a reload shows', async () => {
    const m = await aModel('Mô hình hoàn tác ngày');
    await openOneModel(tabA, 'hoan tac ngay');
    const foundedOn = async () => (await api(tabA, 'models.get', { id: m.id })).foundedOn;
    await edit(tabA, 'foundedOn', '01/03/2017');
    await expect.poll(foundedOn).toBe('2017-03-01');
    await edit(tabA, 'foundedOn', '31/02/2017');
    await expect.poll(() => cell(tabA, 0, 'foundedOn').getAttribute('aria-invalid')).toBe('true');
    await edit(tabA, 'foundedOn', '02/03/2017');
    await expect.poll(foundedOn).toBe('2017-03-02');
    await cell(tabA, 0, 'name').click();
    await tabA.keyboard.press('Control+Z');
    await expect.poll(foundedOn).toBe('2017-03-01');
    await expect.poll(() => cell(tabA, 0, 'foundedOn').textContent()).toBe('01/03/2017');
    await tabA.keyboard.press('Control+Z');
    await expect.poll(foundedOn).toBe('2017-03-05');
    await expect.poll(() => cell(tabA, 0, 'foundedOn').textContent()).toBe('05/03/2017');
    const shown = await cell(tabA, 0, 'foundedOn').textContent();
    await openOneModel(tabA, 'hoan tac ngay');
    expect(await cell(tabA, 0, 'foundedOn').textContent()).toBe(shown);
  });
});
