import { describe, expect, it } from 'vitest';
import { crossSiteWrite, hostAllowed, originAllowed } from '../../../src-main/web/origin-check';
import { siteOf } from '../../../src-main/web/site';

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

  it('on an office address accepts only that address (and --name), over the right scheme', () => {
    const site = siteOf({ address: '192.168.1.10', port: 8443, tls: true, names: ['So.Cong-An.local'] });
    expect(hostAllowed({ headers: { host: '192.168.1.10:8443' } }, site)).toBe(true);
    expect(hostAllowed({ headers: { host: 'so.cong-an.local:8443' } }, site)).toBe(true);
    expect(hostAllowed({ headers: { host: '127.0.0.1:8443' } }, site)).toBe(false);
    expect(hostAllowed({ headers: { host: 'localhost:8443' } }, site)).toBe(false);
    expect(originAllowed({ headers: { origin: 'https://192.168.1.10:8443' } }, site)).toBe(true);
    expect(originAllowed({ headers: { origin: 'http://192.168.1.10:8443' } }, site)).toBe(false);
    const v6 = siteOf({ address: 'fd00::10', port: 443, tls: true });
    expect(hostAllowed({ headers: { host: '[fd00::10]' } }, v6)).toBe(true);
    expect(originAllowed({ headers: { origin: 'https://[fd00::10]' } }, v6)).toBe(true);
  });

  it('calls a write cross-site by Sec-Fetch-Site, Origin, or Referer when no Origin is sent', () => {
    const site = siteOf({ address: '192.168.1.10', port: 8080, tls: false });
    const own = 'http://192.168.1.10:8080';
    expect(crossSiteWrite({ headers: { origin: own, 'sec-fetch-site': 'same-origin' } }, site)).toBe(false);
    expect(crossSiteWrite({ headers: { referer: `${own}/#/units` } }, site)).toBe(false);
    expect(crossSiteWrite({ headers: {} }, site)).toBe(false);
    expect(crossSiteWrite({ headers: { origin: own, 'sec-fetch-site': 'same-site' } }, site)).toBe(true);
    expect(crossSiteWrite({ headers: { 'sec-fetch-site': 'cross-site' } }, site)).toBe(true);
    expect(crossSiteWrite({ headers: { origin: 'http://192.168.1.11:8080' } }, site)).toBe(true);
    expect(crossSiteWrite({ headers: { referer: 'http://192.168.1.11:8080/evil' } }, site)).toBe(true);
    expect(crossSiteWrite({ headers: { referer: 'not a url' } }, site)).toBe(true);
  });
});
