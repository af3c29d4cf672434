import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * A tiny hash router (định tuyến): the address is `#/section`, which works alike from a file:// page in
 * Electron and from web mode, and needs no server-side routes.
 */
export interface HashLocation {
  /** The section path without '#', e.g. '/units'; '/' when empty. */
  path: string;
  /** Query after '?', e.g. `#/sessions?id=…` for deep links into a record. */
  params: URLSearchParams;
}

function read(): HashLocation {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  return q < 0
    ? { path: raw, params: new URLSearchParams() }
    : { path: raw.slice(0, q) || '/', params: new URLSearchParams(raw.slice(q + 1)) };
}

/** The current location, updated on every hash change. Call inside a component (it cleans up after itself). */
export function useHashLocation(): Accessor<HashLocation> {
  const [location, setLocation] = createSignal(read());
  const onChange = () => setLocation(read());
  window.addEventListener('hashchange', onChange);
  onCleanup(() => window.removeEventListener('hashchange', onChange));
  return location;
}

/** Goes to a section path such as '/units' (optionally with query parameters). */
export function navigate(path: string, params?: Record<string, string>): void {
  const query = params ? `?${new URLSearchParams(params).toString()}` : '';
  window.location.hash = `#${path}${query}`;
}
