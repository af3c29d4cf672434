import type { IncomingMessage } from 'node:http';

/** Only the headers matter, so tests can pass plain objects. */
type WithHeaders = Pick<IncomingMessage, 'headers'>;

/** The host names a browser may use for this server; anything else is a DNS-rebinding attempt. */
function allowedHosts(port: number): string[] {
  const names = ['127.0.0.1', 'localhost'];
  // Browsers leave the default port out of Host and Origin.
  return port === 80 ? [...names, ...names.map((n) => `${n}:80`)] : names.map((n) => `${n}:${port}`);
}

/**
 * DNS rebinding: a hostile page can make its own name resolve to 127.0.0.1, but the browser still sends
 * that name in Host. Only our own addresses are served.
 */
export function hostAllowed(req: WithHeaders, port: number): boolean {
  const host = (req.headers.host ?? '').toLowerCase();
  return allowedHosts(port).includes(host);
}

/**
 * Browsers send Origin on every POST; a foreign one means another site is trying to call the API.
 * Scripts (curl, the CLI's tests) send none and authenticate with the Bearer token instead.
 */
export function originAllowed(req: WithHeaders, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}
