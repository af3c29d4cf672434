import { describe, expect, it, afterAll } from 'vitest';
import type { Office } from '../core/exchange/offices';
import { callOk } from '../fixtures/core';
import { apiCall, apiOk } from './support/api-call';
import { axeViolations } from './support/axe';
import { makeDistrict } from './support/district';
import { eventually } from './support/eventually';
import { screenshot } from './support/screenshot';
import { LAPTOP, openFresh, useWebApp } from './support/web-app';

/**
 * Issue 13, Cài đặt → Trao đổi dữ liệu: the province sets its office, registers the district's key after
 * comparing its fingerprint, receives the district's package through the preview, sees the records
 * (read-only: the core refuses an edit, naming the office), and undoes the import.
 */
describe('Trao đổi dữ liệu: a province receives a district package through the screen', () => {
  const app = useWebApp({ viewport: LAPTOP });
  let district: Office | undefined;
  afterAll(() => district?.core.close());

  it('sets the office, registers the district, previews and applies its package, undoes it', async () => {
    district = await makeDistrict();
    const { page, web } = app;
    const provinceUnit = await apiOk(web, 'units.create', { code: '31', name: 'Tỉnh Thử Nghiệm', kind: 'province', parentId: null });
    await apiOk(web, 'units.create', { code: '311', name: 'Huyện An', kind: 'district', parentId: provinceUnit.id });

    await openFresh(page, web, '/settings/exchange');
    await page.getByRole('heading', { name: 'Trao đổi dữ liệu', level: 1 }).waitFor();
    await page.getByLabel('Mã cơ quan (dùng trong gói dữ liệu)').fill('CAT-TN');
    await page.getByLabel('Mã đơn vị hành chính').first().fill('31');
    await page.getByLabel('Tên cơ quan').first().fill('Công an tỉnh Thử Nghiệm');
    await page.getByLabel('Cấp', { exact: true }).first().selectOption('province');
    await page.getByRole('button', { name: 'Lưu thông tin cơ quan' }).click();
    await page.getByTestId('own-fingerprint').waitFor();

    const own = await callOk(district.core, 'office.get', {});
    const add = page.locator('form[aria-labelledby="exchange-add-heading"]');
    await add.getByLabel('Mã cơ quan').fill('CAH-AN');
    await add.getByLabel('Mã đơn vị hành chính').fill('311');
    await add.getByLabel('Tên cơ quan').fill('Công an huyện An');
    await add
      .getByLabel('Tệp khoá công khai (.pem)')
      .setInputFiles({ name: 'cah-an.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(own!.publicKey) });
    await add.getByRole('button', { name: 'Xem dấu vân tay' }).click();
    await eventually(() => page.getByTestId('exchange-add-fingerprint').textContent()).toContain(own!.fingerprint);
    expect((await apiOk(web, 'offices.list', {})).length).toBe(0);
    await add.getByRole('button', { name: 'Đã đối chiếu, đăng ký' }).click();
    await page.getByTestId('exchange-offices').getByText('Chưa nhận gói nào').waitFor();

    const pkg = await callOk(district.core, 'exchange.exportPackage', { to: 'CAT-TN', all: false });
    await page
      .getByLabel('Chọn tệp gói (.antq)')
      .setInputFiles({ name: pkg.fileName, mimeType: 'application/octet-stream', buffer: Buffer.from(pkg.contentBase64, 'base64') });
    const kinds = page.getByTestId('exchange-preview-kinds');
    await kinds.waitFor();
    expect(await kinds.getByRole('row', { name: /Buổi tuyên truyền/ }).textContent()).toMatch(/Buổi tuyên truyền\s*3\s*0\s*0/);
    expect(await page.getByTestId('exchange-preview-references').textContent()).toContain('Xã An Một');
    expect(await page.getByTestId('exchange-preview').textContent()).toContain('Công an huyện An');
    expect((await apiOk(web, 'sessions.list', { offset: 0, limit: 10 })).total).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'exchange-preview-1366');
    await page.getByRole('heading', { name: 'Trao đổi dữ liệu', level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshot(page, 'exchange-top-1366') });

    await page.getByRole('button', { name: 'Nhận gói' }).click();
    await page.getByText('Đã nhận gói số 1 của Công an huyện An').waitFor();
    await page.getByTestId('exchange-offices').getByText('Gói số 1').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const list = await apiOk(web, 'sessions.list', { offset: 0, limit: 10 });
    expect(list.total).toBe(3);
    expect(list.rows.every((r) => r.originOfficeId === 'CAH-AN')).toBe(true);
    const edit = await apiCall(web, 'sessions.update', {
      id: list.rows[0]!.id,
      expectedVersion: list.rows[0]!.version,
      topic: 'Sửa ở tỉnh',
    });
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect(edit.error.message).toContain('Công an huyện An');

    await openFresh(page, web, '/sessions');
    await page.getByText('Phòng chống tội phạm 2').first().waitFor();

    await openFresh(page, web, '/settings/exchange');
    await page.getByRole('button', { name: 'Hoàn tác lần nhận gần nhất…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hoàn tác' }).click();
    await page.getByText('Đã hoàn tác gói số 1 của Công an huyện An.').waitFor();
    await eventually(async () => (await apiOk(web, 'sessions.list', { offset: 0, limit: 10 })).total).toBe(0);
  }, 120_000);
});
