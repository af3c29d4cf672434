import type { IncomingMessage } from 'node:http';
import { loopbackSite, type Site } from './site';

/** Only the headers matter, so tests can pass plain objects. */
type WithHeaders = Pick<IncomingMessage, 'headers'>;

/** A port stands for the loopback site web mode has always served on it. */
function asSite(site: Site | number): Site {
  return typeof site === 'number' ? loopbackSite(site) : site;
}

/**
 * DNS rebinding: a hostile page can make its own name resolve to this server's address, but the browser
 * still sends that name in Host. Only the configured names are served.
 */
export function hostAllowed(req: WithHeaders, site: Site | number): boolean {
  const host = (req.headers.host ?? '').toLowerCase();
  return asSite(site).hosts.includes(host);
}

/**
 * Browsers send Origin on every POST; a foreign one means another site is trying to call the API.
 * Scripts (curl, the CLI's tests) send none and authenticate with the token or a session instead.
 */
export function originAllowed(req: WithHeaders, site: Site | number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return isOwnOrigin(origin, asSite(site));
}

/**
 * A write from another site, by any of the three signs a browser gives: Sec-Fetch-Site (modern
 * browsers, cannot be set by a page), Origin, or, when a browser sends no Origin, Referer. The cookie's
 * SameSite=Strict already keeps it off such a request; this refuses it even so (an older browser, a
 * sibling site on the office network that SameSite counts as "same site").
 */
export function crossSiteWrite(req: WithHeaders, site: Site | number): boolean {
  const own = asSite(site);
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin') return true;
  if (!originAllowed(req, own)) return true;
  const referer = req.headers.referer;
  if (req.headers.origin === undefined && referer !== undefined) return !isOwnOrigin(originOf(referer), own);
  return false;
}

function isOwnOrigin(origin: string, site: Site): boolean {
  return site.hosts.some((h) => origin.toLowerCase() === `${site.scheme}://${h}`);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}
