import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAPTOP, openFresh, useWebApp } from './support/web-app';
import { api, cell } from './records-helpers';
import { selectRow } from './support/unit-dialogs';
import { screenshot } from './support/screenshot';

/**
 * Issue 10 item 2 for forms and deletes, two tabs over one database: a form saved over another tab's
 * change, and a grid row deleted after another tab changed it, are refused and show both values with
 * "Giữ của tôi" / "Lấy bản kia". Every outcome is checked against the database or a fresh reload.
 */
describe('stale form saves and stale deletes (two tabs)', () => {
  const app = useWebApp({ viewport: LAPTOP, seed: true });

  const secondTab = async (): Promise<Page> => {
    const tab = await app.browser.context.newPage();
    await tab.setViewportSize(LAPTOP);
    return tab;
  };
  const aDecision = async (number: string) => {
    const cats = await api(app.page, 'catalogues.list', {});
    const first = (c: string) => cats.rows.find((r) => r.catalogue === c)?.id ?? '';
    return api(app.page, 'commendations.createDecision', {
      number,
      signedOn: '2017-12-20',
      year: 2017,
      authorityId: first('awarding_authority'),
      awardFormId: first('award_form'),
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Trần Văn Minh',
    });
  };
  const openDecision = async (page: Page, number: string) => {
    await openFresh(page, app.web, '/commendations');
    await page.getByRole('row', { name: new RegExp(`^${number}\\b`) }).click();
    await page.getByRole('button', { name: 'Sửa', exact: true }).click();
  };

  it('the decision form: a save over the other tab shows both values; "Giữ của tôi" saves the clerk’s', async () => {
    const d = await aDecision('71');
    const tabB = await secondTab();
    await openDecision(app.page, '71');
    await openDecision(tabB, '71');
    await app.page.getByLabel('Họ tên người ký').fill('Người của tab A');
    await app.page.getByRole('button', { name: 'Lưu quyết định' }).click();
    await expect.poll(async () => (await api(app.page, 'commendations.getDecision', { id: d.id })).signerName).toBe('Người của tab A');

    await tabB.getByLabel('Họ tên người ký').fill('Người của tab B');
    await tabB.getByRole('button', { name: 'Lưu quyết định' }).click();
    const panel = tabB.getByTestId('form-conflict');
    await panel.waitFor();
    await screenshot(tabB, 'form-conflict');
    expect(await panel.getByTestId('conflict-mine').allTextContents()).toEqual(['Người của tab B']);
    expect(await panel.getByTestId('conflict-theirs').allTextContents()).toEqual(['Người của tab A']);
    // Nothing was overwritten silently.
    expect(await api(app.page, 'commendations.getDecision', { id: d.id })).toMatchObject({ signerName: 'Người của tab A', version: 2 });
    await panel.getByRole('button', { name: 'Giữ của tôi' }).click();
    await expect.poll(async () => (await api(app.page, 'commendations.getDecision', { id: d.id })).signerName).toBe('Người của tab B');
    await tabB.close();
  });

  it('the decision form: "Lấy bản kia" shows the saved values, and a save then goes through', async () => {
    const d = await aDecision('72');
    const tabB = await secondTab();
    await openDecision(tabB, '72');
    await api(app.page, 'commendations.updateDecision', { ...d, place: 'Gia Lộc', expectedVersion: d.version });
    await tabB.getByLabel('Địa danh').fill('Hải Dương');
    await tabB.getByRole('button', { name: 'Lưu quyết định' }).click();
    const panel = tabB.getByTestId('form-conflict');
    await panel.getByRole('button', { name: 'Lấy bản kia' }).click();
    expect(await tabB.getByLabel('Địa danh').inputValue()).toBe('Gia Lộc');
    await tabB.getByLabel('Họ tên người ký').fill('Phạm Thị Lan');
    await tabB.getByRole('button', { name: 'Lưu quyết định' }).click();
    await expect.poll(async () => (await api(app.page, 'commendations.getDecision', { id: d.id })).signerName).toBe('Phạm Thị Lan');
    expect(await api(app.page, 'commendations.getDecision', { id: d.id })).toMatchObject({ place: 'Gia Lộc', version: 3 });
    await tabB.close();
  });

  it('a grid delete after the other tab changed the row shows the row as seen beside as saved, and deletes only when told to', async () => {
    const types = await api(app.page, 'catalogues.list', { catalogue: 'model_type' });
    const model = await api(app.page, 'models.create', {
      typeId: types.rows[0]?.id ?? '',
      name: 'Mô hình xoá hai tab',
      unitId: app.seeded.anBinh,
      foundedOn: '2017-03-05',
    });
    const tabB = await secondTab();
    // The only model of this database: no search needed (its debounced reload would redraw the row under the click).
    await openFresh(tabB, app.web, '/models');
    await expect.poll(() => cell(tabB, 0, 'name').textContent()).toBe('Mô hình xoá hai tab');
    // The clerk asks to delete the row as shown; the other tab saves a change before they confirm.
    const deleteRowAfter = async (otherTabSaves: () => Promise<unknown>) => {
      await cell(tabB, 0, 'name').click();
      await tabB.keyboard.press('Delete');
      const dialog = tabB.getByRole('dialog', { name: 'Xoá dòng' });
      await dialog.waitFor();
      await otherTabSaves();
      await dialog.getByRole('button', { name: 'Xoá' }).click();
    };
    await deleteRowAfter(() => api(app.page, 'models.update', { id: model.id, leader: 'Trưởng mới', expectedVersion: model.version }));
    const bar = tabB.getByTestId('grid-conflict');
    await bar.waitFor();
    expect(await bar.textContent()).toContain('Dòng bạn định xoá vừa được sửa ở cửa sổ khác');
    await screenshot(tabB, 'delete-conflict');
    // Only what changed since the clerk saw the row.
    expect(await bar.getByTestId('conflict-theirs').allTextContents()).toEqual(['Trưởng mới']);
    const leaderLine = bar.getByRole('row', { name: /Người phụ trách/ });
    expect(await leaderLine.getByTestId('conflict-mine').textContent()).toBe('(trống)');
    expect(await leaderLine.getByTestId('conflict-theirs').textContent()).toBe('Trưởng mới');
    expect(await api(app.page, 'models.get', { id: model.id })).toMatchObject({ leader: 'Trưởng mới' });

    await bar.getByRole('button', { name: 'Lấy bản kia' }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await openFresh(tabB, app.web, '/models');
    await expect.poll(() => cell(tabB, 0, 'leader').textContent()).toBe('Trưởng mới');

    // Changed again while the clerk confirms; this time they keep their choice: the row goes.
    const now = await api(app.page, 'models.get', { id: model.id });
    await deleteRowAfter(() => api(app.page, 'models.update', { id: model.id, leader: 'Trưởng mới hơn', expectedVersion: now.version }));
    await bar.getByRole('button', { name: 'Giữ của tôi' }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await expect.poll(async () => (await api(app.page, 'models.list', { search: 'xoa hai tab' })).total).toBe(0);
    expect(app.browser.errors).toEqual([]);
  });

  const openRow = async (page: Page, path: string, search: string, name: string) => {
    await openFresh(page, app.web, path);
    await selectRow(page, search, name);
  };

  it('the model status dialog: a change saved over the other tab\'s shows both; "Giữ của tôi" saves the clerk\'s', async () => {
    const types = await api(app.page, 'catalogues.list', { catalogue: 'model_type' });
    const model = await api(app.page, 'models.create', {
      typeId: types.rows[0]?.id ?? '',
      name: 'Mô hình đổi trạng thái hai tab',
      unitId: app.seeded.anBinh,
      foundedOn: '2017-03-05',
    });
    const tabB = await secondTab();
    await openRow(tabB, '/models', 'trang thai hai tab', 'Mô hình đổi trạng thái hai tab');
    await tabB.getByRole('button', { name: 'Đổi trạng thái…' }).click();
    const dialog = tabB.getByRole('dialog');
    await dialog.getByLabel('Trạng thái mới').selectOption('dissolved');
    await dialog.getByLabel('Từ ngày (dd/mm/yyyy)').fill('01/02/2021');
    await api(app.page, 'models.setStatus', {
      id: model.id,
      status: 'suspended',
      effectiveOn: '2020-06-01',
      expectedVersion: model.version,
    });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const panel = dialog.getByTestId('form-conflict');
    await panel.waitFor();
    expect(await panel.getByTestId('conflict-mine').allTextContents()).toEqual(['Giải thể', '01/02/2021']);
    expect(await panel.getByTestId('conflict-theirs').allTextContents()).toEqual(['Tạm ngừng', '01/06/2020']);
    expect(await api(app.page, 'models.get', { id: model.id })).toMatchObject({ status: 'suspended', statusOn: '2020-06-01' });
    await panel.getByRole('button', { name: 'Giữ của tôi' }).click();
    await expect.poll(() => tabB.getByRole('dialog').count()).toBe(0);
    await openRow(tabB, '/models', 'trang thai hai tab', 'Mô hình đổi trạng thái hai tab');
    expect(await cell(tabB, 0, 'status').textContent()).toBe('Giải thể');
    expect(await cell(tabB, 0, 'statusOn').textContent()).toBe('01/02/2021');
    // Saved: the dialog's draft went with it.
    expect((await api(app.page, 'drafts.list', { page: 'form-models' })).drafts).toEqual([]);
    await tabB.close();
  });

  it('the unit retire dialog: "Lấy bản kia" keeps the other tab\'s date and drops what was typed', async () => {
    const unit = await api(app.page, 'units.create', { name: 'Xã Hai Tab', kind: 'commune', parentId: app.seeded.province });
    const tabB = await secondTab();
    await openRow(tabB, '/units', 'hai tab', 'Xã Hai Tab');
    await tabB.getByRole('button', { name: 'Cho hết hiệu lực…' }).click();
    const dialog = tabB.getByRole('dialog');
    await dialog.getByLabel('Hết hiệu lực sau ngày (dd/mm/yyyy)').fill('31/12/2025');
    await api(app.page, 'units.retire', { id: unit.id, validUntil: '2025-06-30', expectedVersion: unit.version });
    await dialog.getByRole('button', { name: 'Cho hết hiệu lực' }).click();
    const panel = dialog.getByTestId('form-conflict');
    await panel.waitFor();
    expect(
      await panel
        .getByRole('row', { name: /Hết hiệu lực/ })
        .getByTestId('conflict-theirs')
        .textContent(),
    ).toBe('30/06/2025');
    await panel.getByRole('button', { name: 'Lấy bản kia' }).click();
    await expect.poll(() => tabB.getByRole('dialog').count()).toBe(0);
    await openRow(tabB, '/units', 'hai tab', 'Xã Hai Tab');
    expect(await cell(tabB, 0, 'validUntil').textContent()).toBe('30/06/2025');
    expect((await api(app.page, 'drafts.list', { page: 'form-units' })).drafts).toEqual([]);
    expect(await tabB.getByTestId('page-drafts').count()).toBe(0);
    expect((await api(app.page, 'units.get', { id: unit.id })).validUntil).toBe('2025-06-30');
    await tabB.close();
  });
});
