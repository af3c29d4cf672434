import { describe, expect, it } from 'vitest';
import { withoutSessionToken } from '../../../src-main/contract/auth';
import { forgetWindowSession, keepWindowSession, windowCredential } from '../../../src-main/shell/window-sessions';

const signedIn = {
  ok: true as const,
  data: { user: { username: 'lan' }, sessionToken: 'secret-token', expiresAt: '2026-12-01T20:00:00Z' },
};

describe('the session token never reaches a page', () => {
  it('is taken out of a sign-in answer by the helper the transports share', () => {
    expect(withoutSessionToken(signedIn.data)).toEqual({
      data: { user: { username: 'lan' }, expiresAt: '2026-12-01T20:00:00Z' },
      token: 'secret-token',
    });
    expect(withoutSessionToken({ total: 3 })).toEqual({ data: { total: 3 }, token: null });
    expect(withoutSessionToken(null)).toEqual({ data: null, token: null });
  });

  it('is kept per window by the shell, and forgotten on sign-out, on refusal and with the window', () => {
    const seen = keepWindowSession(7, 'auth.login', signedIn);
    expect(JSON.stringify(seen)).not.toContain('secret-token');
    expect(windowCredential(7)).toEqual({ kind: 'session', token: 'secret-token' });
    expect(windowCredential(8)).toEqual({ kind: 'anonymous' });
    keepWindowSession(7, 'auth.logout', { ok: true, data: {} });
    expect(windowCredential(7)).toEqual({ kind: 'anonymous' });

    keepWindowSession(7, 'auth.setup', signedIn);
    keepWindowSession(7, 'units.list', { ok: false, error: { code: 'UNAUTHORIZED', message: 'hết hạn' } });
    expect(windowCredential(7)).toEqual({ kind: 'anonymous' });

    keepWindowSession(9, 'auth.login', signedIn);
    forgetWindowSession(9);
    expect(windowCredential(9)).toEqual({ kind: 'anonymous' });
  });
});
