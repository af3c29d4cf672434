import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requestCredential, type Admission } from '../../../src-main/web/request-credential';

const ACCOUNTS: Admission = { requireAccounts: true, token: 'x'.repeat(43), port: 8123 };

/** A request as the server sees it: only the socket's address and the headers are read. */
function requestFrom(remoteAddress: string, headers: Record<string, string> = {}): IncomingMessage {
  // Only `socket.remoteAddress`, `headers` and `url` are read; a whole IncomingMessage is not needed.
  return { socket: { remoteAddress }, headers, url: '/api/auth.login' } as unknown as IncomingMessage;
}

/** The web transport hands the core the client's address, which the core's per-address lockout counts. */
describe('requestCredential', () => {
  it("passes the socket's address, an IPv4 client of a dual-stack socket as plain IPv4", () => {
    expect(requestCredential(requestFrom('::ffff:192.168.1.50'), ACCOUNTS)).toEqual({
      ok: true,
      credential: { kind: 'anonymous', address: '192.168.1.50' },
    });
    const cookie = { cookie: 'antq_session_8123=abc' };
    expect(requestCredential(requestFrom('fd00::7', cookie), ACCOUNTS)).toEqual({
      ok: true,
      credential: { kind: 'session', token: 'abc', address: 'fd00::7' },
    });
  });

  it('never takes the address from a header a client can write', () => {
    const forwarded = requestFrom('192.168.1.50', { 'x-forwarded-for': '192.168.1.99', 'x-real-ip': '127.0.0.1' });
    expect(requestCredential(forwarded, ACCOUNTS)).toMatchObject({ credential: { address: '192.168.1.50' } });
  });
});
