import { afterAll, describe, expect, it } from 'vitest';
import { enterCommendations, makeOffice, type Office } from '../core/exchange/offices';
import { decisionInput } from '../core/commendations/fixtures';
import { callOk } from '../fixtures/core';
import { cell } from './records-helpers';
import { apiOk } from './support/api-call';
import { axeViolations } from './support/axe';
import { eventually } from './support/eventually';
import { screenshot } from './support/screenshot';
import { LAPTOP, openFresh, useWebApp } from './support/web-app';

const LOCK = 'Bản ghi của Công an tỉnh Thử Nghiệm: chỉ đơn vị đó sửa được qua gói dữ liệu.';

/**
 * Issue 13 item 5 on screen: the web app's database is the Ministry's; a province's yearly package
 * brought its commendations. The decisions list names each one's office, a province's decision offers
 * no edit or delete and its recipients' grid is locked with the reason, the Ministry's own stays editable.
 */
describe("Khen thưởng: a province's decisions at the Ministry", () => {
  const app = useWebApp({ viewport: LAPTOP });
  let province: Office | undefined;
  afterAll(() => province?.core.close());

  it('lists them with their origin, read-only, beside the Ministry’s own', async () => {
    const { page, web } = app;
    province = await makeOffice('CAT-TN', 'Công an tỉnh Thử Nghiệm', 'province', '31', null);
    province.units['A1'] = (
      await callOk(province.core, 'units.create', { code: '31101', name: 'Xã An Một', kind: 'commune', parentId: province.units['A']! })
    ).id;
    await enterCommendations(province, 'A1');
    await apiOk(web, 'office.set', { id: 'MINISTRY', code: 'BCA', name: 'Bộ Công an', level: 'ministry', parentOfficeId: null });
    const own = await callOk(province.core, 'office.get', {});
    const key = { id: own!.id, code: own!.code, name: own!.name, level: own!.level, publicKey: own!.publicKey };
    await apiOk(web, 'offices.add', key);
    await apiOk(web, 'offices.add', { ...key, confirm: true });
    const pkg = await callOk(province.core, 'exchange.exportPackage', { to: 'MINISTRY', year: 2017 });
    await apiOk(web, 'exchange.importPackage', { contentBase64: pkg.contentBase64, dryRun: false });
    await apiOk(web, 'commendations.createDecision', decisionInput({ number: '7', symbol: 'QĐ-BCA' }));

    await openFresh(page, web, '/commendations');
    const list = page.getByRole('table', { name: 'Danh sách quyết định khen thưởng' });
    const rows = list.locator('tbody tr');
    await eventually(() => rows.count()).toBe(3);
    const provinceRow = rows.filter({ hasText: '12/QĐ-UBND' });
    expect(await provinceRow.locator('td').last().textContent()).toBe('Công an tỉnh Thử Nghiệm');
    expect(await provinceRow.getAttribute('title')).toBe(LOCK);
    expect(await rows.filter({ hasText: '7/QĐ-BCA' }).locator('td').last().textContent()).toBe('Bộ Công an');

    // A province's decision: its office named, no Sửa / Xóa, every recipient row locked, no list tools.
    await provinceRow.click();
    const summary = page.locator('.decision-summary');
    await summary.getByText(LOCK).waitFor();
    expect(await summary.getByRole('button', { name: 'Sửa' }).count()).toBe(0);
    expect(await summary.getByRole('button', { name: 'Xóa' }).count()).toBe(0);
    await cell(page, 0, 'name').waitFor();
    expect(await page.locator('.grid-row[data-row="0"]').getAttribute('data-locked')).toBe('true');
    expect(await page.getByRole('button', { name: 'Cấp số sổ' }).count()).toBe(0);
    expect(await page.getByText('Dán danh sách đề nghị từ Excel').count()).toBe(0);
    await cell(page, 0, 'name').click();
    await page.keyboard.type('Sửa ở Bộ');
    expect(await page.locator('.grid-editor').count()).toBe(0);
    await eventually(() => page.locator('.grid-statusbar').textContent()).toContain(LOCK);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'ministry-commendations-1366');

    // The Nguồn filter, and the Ministry's own decision editable as before.
    await page.getByLabel('Nguồn').selectOption('own');
    await eventually(() => rows.count()).toBe(1);
    await rows.first().click();
    await summary.getByRole('button', { name: 'Sửa' }).waitFor();
    await page.getByLabel('Nguồn').selectOption('other');
    await eventually(() => rows.count()).toBe(2);
  }, 120_000);
});
