import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { cell } from '../records-helpers';

/** Finds a row with the grid's search box and selects it, once the first row shows `name`. */
export async function selectRow(page: Page, search: string, name: string): Promise<void> {
  await page.locator('.grid-search').fill(search);
  await expect.poll(() => cell(page, 0, 'name').textContent()).toBe(name);
  await cell(page, 0, 'name').click();
}

/** What a clerk types into a unit's merge dialog (Sáp nhập). */
export interface MergeTyped {
  /** The last day, as typed (dd/mm/yyyy). */
  until: string;
  /** Typed into the successor picker, and the name of the unit then chosen from its list. */
  successorSearch: string;
  successorName: string;
}

/**
 * Opens the selected unit's merge dialog and types into it: the last day, then the successor chosen
 * from the picker's list (a double click) and shown in the dialog. Answers the dialog, not yet saved.
 */
export async function fillMergeDialog(page: Page, typed: MergeTyped): Promise<Locator> {
  await page.getByRole('button', { name: 'Sáp nhập…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Hết hiệu lực sau ngày (dd/mm/yyyy)').fill(typed.until);
  await dialog.getByLabel('Đơn vị tiếp nhận').fill(typed.successorSearch);
  await dialog.getByRole('option', { name: new RegExp(typed.successorName) }).dblclick();
  await expect.poll(() => dialog.textContent()).toContain(`Đơn vị tiếp nhận: ${typed.successorName}`);
  return dialog;
}
