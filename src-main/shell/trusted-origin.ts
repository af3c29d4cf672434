import { pathToFileURL } from 'node:url';
import { rendererEntry } from './paths';

/**
 * True when `url` is the app's own page (the built index.html, or the dev server during `npm start`).
 * IPC calls and navigations from anything else are refused.
 */
export function isAppUrl(url: string): boolean {
  const entry = rendererEntry();
  if ('url' in entry) return url.startsWith(new URL(entry.url).origin + '/');
  const own = pathToFileURL(entry.file).href;
  return url === own || url.startsWith(`${own}#`) || url.startsWith(`${own}?`);
}
