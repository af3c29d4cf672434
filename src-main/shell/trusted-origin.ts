import { pathToFileURL } from 'node:url';

/** Where the renderer page comes from: the built file, or electron-vite's dev server during `npm start`. */
export type RendererEntry = { url: string } | { file: string };

/**
 * True when `url` is the app's own page. IPC calls and navigations from anything else are refused.
 * Pure (no electron import) so the rule is unit-tested.
 */
export function isAppUrl(url: string, entry: RendererEntry): boolean {
  if ('url' in entry) return url.startsWith(new URL(entry.url).origin + '/');
  const own = pathToFileURL(entry.file).href;
  return url === own || url.startsWith(`${own}#`) || url.startsWith(`${own}?`);
}
