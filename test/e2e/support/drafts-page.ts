import type { Page } from 'playwright-core';
import { api } from '../records-helpers';

/** What the draft e2e files look at: the core's kept drafts of a page, and where the window shows them. */
export function draftsOf(page: () => Page) {
  return {
    /** The drafts the core keeps for a page (`drafts.list`). */
    kept: async (name: string) => (await api(page(), 'drafts.list', { page: name })).drafts,
    /** The page's list of unsaved forms. */
    pageDrafts: () => page().getByTestId('page-drafts'),
    /** A section's draft count in the navigation. */
    navCount: (section: string) => page().getByTestId(`nav-drafts-${section}`),
    /**
     * The page's beforeunload handler, run as the browser runs it: true when leaving would ask first. "Does
     * not ask" is polled: a dropped draft's discard is answered, and counted, a moment after the click.
     */
    leavingAsks: () =>
      page().evaluate(() => {
        const e = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(e);
        return e.defaultPrevented;
      }),
  };
}
