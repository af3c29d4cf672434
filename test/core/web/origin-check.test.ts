import { describe, expect, it } from 'vitest';
import { hostAllowed, originAllowed } from '../../../src-main/web/origin-check';

describe('which Host and Origin web mode accepts', () => {
  it('accepts only its own address, by number or as localhost', () => {
    expect(hostAllowed({ headers: { host: '127.0.0.1:8080' } }, 8080)).toBe(true);
    expect(hostAllowed({ headers: { host: 'LOCALHOST:8080' } }, 8080)).toBe(true);
    expect(hostAllowed({ headers: { host: '127.0.0.1:8081' } }, 8080)).toBe(false);
    expect(hostAllowed({ headers: { host: 'attacker.example:8080' } }, 8080)).toBe(false);
    expect(hostAllowed({ headers: {} }, 8080)).toBe(false);
  });

  it('accepts the bare host name browsers send for port 80, and still refuses others', () => {
    expect(hostAllowed({ headers: { host: '127.0.0.1' } }, 80)).toBe(true);
    expect(originAllowed({ headers: { origin: 'http://localhost' } }, 80)).toBe(true);
    expect(hostAllowed({ headers: { host: '127.0.0.1' } }, 8080)).toBe(false);
    expect(hostAllowed({ headers: { host: 'evil.example' } }, 80)).toBe(false);
  });

  it('lets scripts without an Origin through (they need the Bearer token) but refuses foreign and https origins', () => {
    expect(originAllowed({ headers: {} }, 8080)).toBe(true);
    expect(originAllowed({ headers: { origin: 'http://127.0.0.1:8080' } }, 8080)).toBe(true);
    expect(originAllowed({ headers: { origin: 'https://127.0.0.1:8080' } }, 8080)).toBe(false);
    expect(originAllowed({ headers: { origin: 'null' } }, 8080)).toBe(false);
    expect(originAllowed({ headers: { origin: 'http://127.0.0.1:8080.evil.example' } }, 8080)).toBe(false);
  });
});
