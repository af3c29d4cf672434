import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Reloads the page, opens Mô hình (Alt+3) and searches until the grid holds the one model found. */
export async function openOneModel(page: Page, search: string): Promise<void> {
  await page.reload();
  await page.keyboard.press('Alt+3');
  await expect.poll(() => page.locator('main h1').textContent()).toBe('Mô hình');
  await page.locator('.grid-search').fill(search);
  await expect.poll(() => page.locator('.grid-statusbar').textContent()).toMatch(/^1 dòng/);
}
