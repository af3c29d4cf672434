import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../../src-main/web/args';
import { defaultDbPath } from '../../../src-main/web/default-db-path';

describe('web mode arguments', () => {
  it('reads --db and --port', () => {
    expect(parseWebArgs(['--db', 'office.sqlite', '--port', '8080'])).toEqual({ ok: true, args: { dbPath: 'office.sqlite', port: 8080 } });
  });

  it("defaults to the desktop app's database and any free port", () => {
    expect(parseWebArgs([])).toEqual({ ok: true, args: { dbPath: defaultDbPath(), port: 0 } });
    expect(defaultDbPath('linux', { XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/antq-records/antq-records.sqlite');
    // An empty variable counts as unset (XDG spec), never as the current directory.
    expect(defaultDbPath('linux', { XDG_CONFIG_HOME: '' })).toBe(join(homedir(), '.config', 'antq-records', 'antq-records.sqlite'));
    expect(defaultDbPath('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toContain('antq-records');
  });

  it('explains a bad port, a missing value or an unknown flag in Vietnamese', () => {
    expect(parseWebArgs(['--port', '99999'])).toMatchObject({ ok: false, message: expect.stringContaining('Cổng không hợp lệ') });
    expect(parseWebArgs(['--db'])).toMatchObject({ ok: false, message: expect.stringContaining('Thiếu giá trị') });
    expect(parseWebArgs(['--verbose'])).toMatchObject({ ok: false, message: expect.stringContaining('Tham số không hợp lệ') });
  });

  it('reads the office network address and the TLS files', () => {
    const argv = ['--host', '192.168.1.10', '--port', '8443', '--tls-cert', 'c.pem', '--tls-key', 'k.pem', '--name', 'so.cong-an.local'];
    expect(parseWebArgs(argv)).toMatchObject({
      ok: true,
      args: { host: '192.168.1.10', port: 8443, tlsCert: 'c.pem', tlsKey: 'k.pem', name: 'so.cong-an.local' },
    });
    expect(parseWebArgs(['--host', 'fd12:3456::10'])).toMatchObject({ ok: true });
    expect(parseWebArgs(['--host', '127.0.0.1'])).toMatchObject({ ok: true });
  });

  it('refuses a wildcard, a public address or a host name, and a certificate without its key', () => {
    for (const host of ['0.0.0.0', '::', '8.8.8.8', '172.32.0.1', '2001:db8::1', 'may-chu.local']) {
      expect(parseWebArgs(['--host', host]), host).toMatchObject({ ok: false, message: expect.stringContaining('mạng nội bộ') });
    }
    expect(parseWebArgs(['--tls-cert', 'c.pem'])).toMatchObject({ ok: false, message: expect.stringContaining('--tls-key') });
  });
});
