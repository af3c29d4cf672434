import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './web-mode';

/** Where test screenshots go (git-ignored); look at them after a run. */
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

/**
 * Saves a full-page screenshot as `<name>.png`. With ANTQ_DOCS_SCREENSHOTS=1 it also refreshes
 * docs/screenshots/<name>.png, the pictures the README shows.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (process.env.ANTQ_DOCS_SCREENSHOTS === '1') {
    const docs = join(ROOT, 'docs', 'screenshots');
    mkdirSync(docs, { recursive: true });
    await page.screenshot({ path: join(docs, `${name}.png`) });
  }
  return file;
}
