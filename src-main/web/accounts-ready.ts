import { WEB_OWNER_CREDENTIAL } from '../contract/credential';
import type { CredentialDispatch } from './web-core';

/**
 * Why a server that requires accounts cannot start on this database, or null. Without an account nobody
 * could sign in, and the first administrator must not be created by whoever reaches the network address
 * first: it is made on the server itself, with the CLI. A core without accounts at all (`auth.me`
 * unknown) is refused the same way.
 */
export async function accountsProblem(dispatch: CredentialDispatch, dbPath?: string): Promise<string | null> {
  const r = await dispatch('auth.me', {}, WEB_OWNER_CREDENTIAL);
  const ready = r.ok && typeof r.data === 'object' && r.data !== null && 'needsSetup' in r.data && r.data.needsSetup === false;
  if (ready) return null;
  const db = dbPath ?? 'TỆP.sqlite';
  return (
    `Dùng chung trên mạng cần tài khoản, nhưng cơ sở dữ liệu ${db} chưa có tài khoản nào: ` +
    `tạo tài khoản quản trị bằng lệnh "npm run cli -- users add --db ${db} --username TÊN --role admin --password-stdin" trước.`
  );
}
