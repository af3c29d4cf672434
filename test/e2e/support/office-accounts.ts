import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiInput, ApiOutput, MethodName } from '../../../src-main/contract';
import { CLI_CREDENTIAL } from '../../../src-main/contract/credential';
import { openCore, type Core } from '../../../src-main/core/app/open-core';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { TEST_SCRYPT } from '../../fixtures/core';
import { ROOT } from './web-mode';

/** The password of every account made here (at least 10 characters). */
export const OFFICE_PASSWORD = 'mật khẩu đủ dài 2026';

/**
 * Web mode as on the office network, but on 127.0.0.1: the real core, its real accounts (an
 * administrator, a clerk and a viewer made through `users.create`), and a server that requires them
 * and refuses the token. Runs in the test process on the built renderer (`out/renderer`).
 */
export interface Office {
  core: Core;
  server: WebServer;
  origin: string;
  ids: Record<'quantri' | 'lan' | 'lanhdao', string>;
  /** A call as the office's owner (the CLI principal, admin), as `npm run cli` would make it. */
  asOwner<N extends MethodName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>>;
  close(): Promise<void>;
}

export async function openOffice(): Promise<Office> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'antq-office-')), 'office.sqlite');
  const core = await openCore({ dbPath, resourcesDir: join(ROOT, 'resources'), scrypt: TEST_SCRYPT });
  const asOwner = async <N extends MethodName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => {
    const r = await core.call(name, input, CLI_CREDENTIAL);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.data;
  };
  const account = async (username: string, displayName: string, role: 'admin' | 'clerk' | 'viewer') =>
    (await asOwner('users.create', { username, displayName, role, password: OFFICE_PASSWORD })).id;
  const ids = {
    quantri: await account('quantri', 'Trần Văn Quản', 'admin'),
    lan: await account('lan', 'Nguyễn Thị Lan', 'clerk'),
    lanhdao: await account('lanhdao', 'Lê Văn Đạo', 'viewer'),
  };
  const server = await startWebServer({ core, port: 0, staticDir: join(ROOT, 'out/renderer'), requireAccounts: true, dbPath });
  return {
    core,
    server,
    origin: `http://127.0.0.1:${server.port}`,
    ids,
    asOwner,
    close: async () => {
      await server.close();
      core.close();
    },
  };
}
