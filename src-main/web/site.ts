import { isIP } from 'node:net';
import { isLoopback } from './listen-address';

/** Who this server is to a browser: the scheme and the `host[:port]` values it may send in Host and Origin. */
export interface Site {
  scheme: 'http' | 'https';
  hosts: string[];
}

/** The loopback site on a port, as web mode has always served it. */
export function loopbackSite(port: number): Site {
  return siteOf({ address: '127.0.0.1', port, tls: false });
}

/**
 * The names a browser may use for this server: the address it listens on, `localhost` too on loopback,
 * and the names given with --name (the name on the office's certificate). Browsers leave the default
 * port out of Host and Origin.
 */
export function siteOf(opts: { address: string; port: number; tls: boolean; names?: readonly string[] }): Site {
  const scheme = opts.tls ? 'https' : 'http';
  const bare = [bracketed(opts.address), ...(opts.names ?? [])];
  if (isLoopback(opts.address)) bare.push('127.0.0.1', 'localhost');
  const names = [...new Set(bare.map((n) => n.toLowerCase()))];
  const withPort = names.map((n) => `${n}:${opts.port}`);
  const defaultPort = opts.tls ? 443 : 80;
  return { scheme, hosts: opts.port === defaultPort ? [...withPort, ...names] : withPort };
}

/** An IPv6 address appears in brackets in Host and Origin. */
function bracketed(address: string): string {
  return isIP(address) === 6 ? `[${address}]` : address;
}
