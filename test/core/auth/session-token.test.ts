import { describe, expect, it } from 'vitest';
import { withoutSessionToken } from '../../../src-main/contract/auth';
import { SessionTokens } from '../../../src-main/shell/session-tokens';

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

  it('is kept per window by the shell, one token per window, and forgotten when dropped', () => {
    const tokens = new SessionTokens();
    const { data, token } = withoutSessionToken(signedIn.data);
    expect(JSON.stringify(data)).not.toContain('secret-token');
    tokens.keep(7, token ?? '');
    expect(tokens.credentialFor(7)).toEqual({ kind: 'session', token: 'secret-token' });
    expect(tokens.credentialFor(8)).toEqual({ kind: 'anonymous' });
    expect(tokens.anyCredential()).toEqual({ kind: 'session', token: 'secret-token' });
    expect(tokens.drop(7)).toBe('secret-token');
    expect(tokens.credentialFor(7)).toEqual({ kind: 'anonymous' });
    expect(tokens.anyCredential()).toEqual({ kind: 'anonymous' });
  });
});
