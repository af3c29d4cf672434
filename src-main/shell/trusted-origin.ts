import { pathToFileURL } from 'node:url';

/**
 * Where the renderer page comes from: the app's own privileged scheme (`app://antq/`, see app-protocol.ts),
 * electron-vite's dev server during `npm start`, or (older builds, tests) a file.
 */
export type RendererEntry = { url: string } | { file: string } | { app: string };

/**
 * True when `url` is the app's own page. IPC calls and navigations from anything else are refused.
 * Pure (no electron import) so the rule is unit-tested.
 */
export function isAppUrl(url: string, entry: RendererEntry): boolean {
  // A custom scheme's URL has origin "null" in WHATWG terms, so the prefix is compared as text.
  if ('app' in entry) return url.startsWith(`${entry.app}/`);
  if ('url' in entry) return url.startsWith(new URL(entry.url).origin + '/');
  const own = pathToFileURL(entry.file).href;
  return url === own || url.startsWith(`${own}#`) || url.startsWith(`${own}?`);
}
