import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './browser';
import { startWebMode, type WebMode } from './web-mode';
import { seed, type Seeded } from '../records-helpers';

/** The office laptop's screen (issue 10): most pages are checked at this size. */
export const LAPTOP = { width: 1366, height: 768 } as const;

/** What a test file drives: web mode on a fresh database, a fresh browser, and what was seeded. */
export interface WebApp {
  web: WebMode;
  browser: TestBrowser;
  /** The browser's first tab. */
  page: Page;
  /** The units and records `seed` made (only with `seed: true`). */
  seeded: Seeded;
}

export interface WebAppOptions {
  /** The window size; absent: the browser's default (1280×800). */
  viewport?: { width: number; height: number };
  /** Seed units and a few records through the API once the app is open (records-helpers.ts). */
  seed?: boolean;
  /** Open this database file instead of a new one. */
  dbPath?: string;
  /** Fills the database file (a new one unless `dbPath`) before web mode opens it, e.g. with a seeded province. */
  prepareDatabase?: (dbPath: string) => Promise<void>;
  /**
   * Runs once web mode and the browser are up, before the printed address is opened: records made through
   * the API, or routes installed on the page (a faked network edge).
   */
  beforeOpen?: (app: { web: WebMode; page: Page }) => Promise<void>;
}

/**
 * The setup every browser test file shares: before the file, start web mode and a browser, open the
 * printed address (which trades the token for the session cookie) and seed; after it, close the browser
 * and check that web mode stopped cleanly (exit 0). Read the fields inside tests, not at load time.
 */
export function useWebApp(options: WebAppOptions = {}): WebApp {
  const state: Partial<WebApp> = {};
  beforeAll(async () => {
    const dbPath = await preparedDatabase(options);
    const web = await startWebMode(dbPath ? { dbPath } : {});
    state.web = web;
    const browser = await launchBrowser();
    state.browser = browser;
    state.page = browser.page;
    if (options.viewport) await browser.page.setViewportSize(options.viewport);
    await options.beforeOpen?.({ web, page: browser.page });
    await browser.page.goto(web.url);
    if (options.seed) state.seeded = await seed(browser.page);
  });
  afterAll(async () => {
    await state.browser?.close();
    expect(await state.web?.stop(), state.web?.stderr()).toBe(0);
  });
  const need = <K extends keyof WebApp>(key: K): WebApp[K] => {
    const value = state[key];
    if (value === undefined) throw new Error(`useWebApp: ${key} is not ready (read it inside a test)`);
    // Narrowed above: `state[key]` is WebApp[K] once it is not undefined (TypeScript cannot narrow a generic index).
    return value as WebApp[K];
  };
  return {
    get web() {
      return need('web');
    },
    get browser() {
      return need('browser');
    },
    get page() {
      return need('page');
    },
    get seeded() {
      return need('seeded');
    },
  };
}

/** The database file web mode is to open, filled first when the options ask; undefined: a new one of its own. */
async function preparedDatabase(options: WebAppOptions): Promise<string | undefined> {
  if (!options.prepareDatabase) return options.dbPath;
  const dbPath = options.dbPath ?? join(mkdtempSync(join(tmpdir(), 'antq-e2e-')), 'office.sqlite');
  await options.prepareDatabase(dbPath);
  return dbPath;
}

/** Opens a section (e.g. '/models') on a fresh page load, as a clerk reopening the app would see it. */
export async function openFresh(page: Page, web: WebMode, path: string): Promise<void> {
  await page.goto(`${web.origin}/#${path}`);
  await page.reload();
}
