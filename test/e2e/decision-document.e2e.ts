import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiOk } from './support/api-call';
import { useWebApp } from './support/web-app';
import type { WebMode } from './support/web-mode';

// The catalogue seed's fixed ids (catalogues/catalogue.seed.ts): Giấy khen, Giám đốc Công an tỉnh.
const PRAISE = 'ca7a1000-0000-4000-8000-050000000003';
const DIRECTOR = 'ca7a1000-0000-4000-8000-060000000003';
const ACHIEVEMENT = 'Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2026';

/** Decision 77 with an individual and a collective, made through the API before the page opens. */
async function aDecisionOfTwo(web: WebMode): Promise<void> {
  const d = await apiOk(web, 'commendations.createDecision', {
    number: '77',
    symbol: 'QĐ-CAT',
    signedOn: '2026-12-15',
    year: 2026,
    authorityId: DIRECTOR,
    awardFormId: PRAISE,
    issuerLine: 'Giám đốc Công an tỉnh Hải Dương',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Đại tá Trần Văn Minh',
    place: 'Hải Dương',
  });
  await apiOk(web, 'commendations.addRecipient', {
    decisionId: d.id,
    kind: 'individual',
    name: 'Nguyễn Thị Ánh Tuyết',
    gender: 'female',
    birthYear: 1978,
    unitName: 'Xã An Bình',
    achievement: ACHIEVEMENT,
  });
  await apiOk(web, 'commendations.addRecipient', {
    decisionId: d.id,
    kind: 'collective',
    name: 'Công an xã An Bình',
    unitName: 'Xã An Bình',
    achievement: ACHIEVEMENT,
  });
}

describe('the commendation decision as a document, in web mode', () => {
  const app = useWebApp({ beforeOpen: ({ web }) => aDecisionOfTwo(web) });

  it('exports the decision to Word and PDF with the proposer typed on the page, and keeps it', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+7');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Khen thưởng');
    await page.getByText('77/QĐ-CAT').first().click();
    await page.getByRole('button', { name: 'Văn bản quyết định (Word, PDF)' }).click();
    await page.getByLabel('Xét đề nghị của').fill('Trưởng Công an xã An Bình');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất PDF' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'antq-e2e-qd-')), pdf.suggestedFilename());
    await pdf.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Xét đề nghị của Trưởng Công an xã An Bình,');
    expect(text).toContain('Tặng Giấy khen cho 1 tập thể và 1 cá nhân');
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Word' }).click()]);
    expect(docx.suggestedFilename()).toBe('quyet-dinh-77-QD-CAT.docx');
    await page.getByText('(đã lưu)').waitFor();
    expect(app.browser.errors).toEqual([]);
  });
});
