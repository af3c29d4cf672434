import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_META_PLACEHOLDER, META_CONTENT_SECURITY_POLICY, withCspMeta } from '../../src-main/shared/csp';

describe('the one Content Security Policy', () => {
  it('is the header policy minus what a <meta> policy cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it('fills the renderer page, which does not write the policy out itself', () => {
    const page = readFileSync('src-renderer/index.html', 'utf8');
    expect(page).not.toContain("script-src 'self'");
    const built = withCspMeta(page);
    expect(built).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`);
    expect(built).not.toContain(CSP_META_PLACEHOLDER);
    expect(() => withCspMeta('<html></html>')).toThrow(/placeholder|ANTQ/);
  });
});
