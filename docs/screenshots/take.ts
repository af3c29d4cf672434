/**
 * Refreshes the README's pictures: seeds a temporary office database with the 2017 province of
 * DOMAIN.md, starts web mode on it as a user would, and photographs a few sections in chromium.
 * Run: `npm run build && npx tsx docs/screenshots/take.ts`
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openCore } from '../../src-main/core/app/open-core';
import { seedProvince2017 } from '../../test/fixtures/seed/province-2017';
import { launchBrowser } from '../../test/e2e/support/browser';
import { startWebMode } from '../../test/e2e/support/web-mode';

const OUT = __dirname;
const SECTIONS = ['overview', 'models', 'commendations', 'settings'];

async function seededDatabase(): Promise<string> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'antq-docs-')), 'cong-an-tinh.sqlite');
  const core = await openCore({ dbPath, resourcesDir: join(__dirname, '../../resources') });
  await seedProvince2017(core);
  const office = { officeName: 'PHÒNG THAM MƯU', parentBodyName: 'CÔNG AN TỈNH HẢI DƯƠNG', provinceName: 'Hải Dương', placeName: 'Hải Dương' };
  const r = await core.dispatch('system.settings.update', office, { role: 'admin', name: 'docs' });
  if (!r.ok) throw new Error(r.error.message);
  core.close();
  return dbPath;
}

/** The seed is the 2017 province: show that year rather than the current one, when the page offers it. */
async function showYear(page: Page, year: string): Promise<void> {
  const field = page.getByLabel('Năm', { exact: true });
  if ((await field.count()) === 0) return;
  await field.fill(year);
  await field.press('Enter');
  await field.blur();
  await page.waitForLoadState('networkidle');
}

async function main(): Promise<void> {
  const web = await startWebMode({ dbPath: await seededDatabase() });
  const browser = await launchBrowser();
  try {
    await browser.page.goto(web.url);
    for (const section of SECTIONS) {
      await browser.page.goto(`${web.origin}/#/${section}`);
      await browser.page.waitForLoadState('networkidle');
      if (section === 'overview') await showYear(browser.page, '2017');
      await browser.page.waitForTimeout(800); // charts animate in
      await browser.page.screenshot({ path: join(OUT, `${section}.png`) });
      console.log(`docs/screenshots/${section}.png`);
    }
  } finally {
    await browser.close();
    await web.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
