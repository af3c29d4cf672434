import { describe, expect, it } from 'vitest';
import { apiOk } from './support/api-call';
import { screenshot } from './support/screenshot';
import { LAPTOP, useWebApp } from './support/web-app';

describe('certificate layout editor in web mode', () => {
  const app = useWebApp({ viewport: LAPTOP });

  it('moves a field in mm with a live preview, refuses one off the sheet, and saves after a confirmation', async () => {
    const { page } = app.browser;
    await page.keyboard.press('Alt+7');
    await page.getByRole('button', { name: 'Cài đặt in' }).click();
    const editor = page.getByRole('region', { name: 'Bố cục mẫu in' });
    await editor.getByLabel('Mẫu in', { exact: true }).selectOption({ label: 'Giấy khen (A4 ngang)' });
    const x = editor.getByLabel('X (mm), Họ tên/tên tập thể');
    await expect.poll(() => x.inputValue()).toBe('30');
    const name = page.locator('svg.layout-preview text', { hasText: 'Nguyễn Văn Hùng' });
    await name.waitFor();
    const before = Number(await name.getAttribute('x'));

    await x.fill('20');
    await expect.poll(async () => Number(await name.getAttribute('x'))).toBeCloseTo(before - 10, 3);

    await editor.getByLabel('Rộng (mm), Họ tên/tên tập thể').fill('300');
    await editor.getByText('Họ tên/tên tập thể: ô in vượt mép phải tờ giấy').waitFor();
    await expect(editor.getByRole('button', { name: 'Lưu bố cục…' }).isDisabled()).resolves.toBe(true);
    await editor.getByLabel('Rộng (mm), Họ tên/tên tập thể').fill('237');
    await editor.getByLabel('Cỡ chữ (pt), Họ tên/tên tập thể').fill('24');
    await screenshot(page, 'certificate-layout-editor');

    await editor.getByRole('button', { name: 'Lưu bố cục…' }).click();
    await page.getByRole('dialog', { name: 'Lưu bố cục mẫu in?' }).getByRole('button', { name: 'Lưu' }).click();
    await editor.getByText('Đã lưu bố cục mẫu "Giấy khen (A4 ngang)".').waitFor();
    const saved = await apiOk(app.web, 'certificates.layoutFields', { layoutId: 'giay-khen-a4' });
    expect(saved.version).toBe(1);
    expect(saved.fields.find((f) => f.field === 'recipient')?.placement).toEqual({ x: 20, y: 100, width: 237, fontSize: 24 });
    expect(app.browser.errors).toEqual([]);
  });

  it('moves the recipient in focus with Alt+↓: STT and số sổ follow the list', async () => {
    const { page } = app.browser;
    const catalogue = async (name: 'award_form' | 'awarding_authority', code: string) =>
      (await apiOk(app.web, 'catalogues.list', { catalogue: name })).rows.find((e) => e.code === code)?.id ?? '';
    // A number of its own on every attempt (a retry runs on the same database).
    const number = String(700 + (await apiOk(app.web, 'commendations.listDecisions', {})).rows.length);
    const decision = await apiOk(app.web, 'commendations.createDecision', {
      number,
      symbol: 'QĐ-CAT',
      signedOn: '2026-12-15',
      year: 2026,
      authorityId: await catalogue('awarding_authority', 'GIAM_DOC_CA_TINH'),
      awardFormId: await catalogue('award_form', 'GIAY_KHEN'),
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Đại tá Trần Văn Minh',
      place: 'Hải Dương',
    });
    const text = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']
      .map((n, i) => `${i + 1}\t${n}\tNam\t1970\tTổ viên\tXã An Bình\tThành tích xuất sắc năm 2026`)
      .join('\n');
    await apiOk(app.web, 'commendations.pasteRecipients', { decisionId: decision.id, text });
    await apiOk(app.web, 'commendations.assignRegistryNumbers', { decisionId: decision.id });
    await page.reload();
    await page.keyboard.press('Alt+7');
    await page.getByRole('cell', { name: `${number}/QĐ-CAT`, exact: true }).click();
    const nameCell = (row: number) => page.locator(`.grid-row[data-row="${row}"] .grid-cell[data-col="name"]`);
    await nameCell(0).getByText('Nguyễn Văn An').click();
    await page.keyboard.press('Alt+ArrowDown');
    await nameCell(0).getByText('Trần Thị Bình').waitFor();
    await nameCell(1).getByText('Nguyễn Văn An').waitFor();
    const rows = (await apiOk(app.web, 'commendations.listRecipients', { decisionId: decision.id, limit: 10 })).rows;
    expect(rows.map((r) => [r.seq, r.name, r.registryNumber])).toEqual([
      [1, 'Trần Thị Bình', 1],
      [2, 'Nguyễn Văn An', 2],
      [3, 'Lê Văn Cường', 3],
    ]);
    await page.getByText('Quyết định này in bằng mẫu').waitFor();
    await screenshot(page, 'recipients-reordered');
    expect(app.browser.errors).toEqual([]);
  });
});
