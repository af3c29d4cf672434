import type { UserView } from '../../contract';
import { ROLES, type Role } from '../../contract/roles';
import type { Core } from '../../core/app/open-core';
import { flagValue } from '../args';
import { CLI_CALLER } from '../cli-caller';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, formatDateTime } from '../cli-context';
import type { CliArgs, CliCommand, CliIo } from '../command';

const ROLE_LABEL: Record<Role, string> = { admin: 'quản trị', clerk: 'cán bộ', viewer: 'lãnh đạo' };
const NO_PASSWORD_FLAG =
  'Hãy thêm --password-stdin rồi nhập mật khẩu (gõ khi được hỏi, hoặc chuyển qua đầu vào chuẩn). Không ghi mật khẩu trên dòng lệnh: nó sẽ nằm lại trong lịch sử lệnh.';

type Sub = (args: CliArgs, io: CliIo, core: Core) => Promise<number>;

/** Accounts from the office machine: the first administrator, a forgotten password, a departed clerk. */
export const usersCommand: CliCommand = {
  name: 'users',
  usage:
    'users add|list|reset-password|disable --db FILE [--username U] [--role admin|clerk|viewer] [--display-name TÊN] [--password-stdin]',
  summary: 'Quản lý tài khoản: thêm, liệt kê, đặt lại mật khẩu, khoá (--enable để mở khoá). Mật khẩu đọc từ đầu vào chuẩn, không hiện ra.',
  needs: 'core',
  async run(args, io, core) {
    if (!core) return EXIT_FAILED;
    const name = args.positional[0] ?? '';
    const sub = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
    if (!sub) {
      io.err(`Lệnh "users" cần một việc: ${Object.keys(SUBCOMMANDS).join(', ')} (ví dụ: users list --db FILE).`);
      return EXIT_USAGE;
    }
    return sub(args, io, core);
  },
};

const SUBCOMMANDS: Record<string, Sub> = {
  add: addUser,
  list: listUsers,
  'reset-password': resetPassword,
  disable: disableUser,
};

async function addUser(args: CliArgs, io: CliIo, core: Core): Promise<number> {
  const username = flagValue(args, 'username');
  const role = flagValue(args, 'role');
  if (!username || !role || !isRole(role)) {
    io.err('Hãy ghi --username TÊN và --role admin|clerk|viewer (quản trị, cán bộ, lãnh đạo).');
    return EXIT_USAGE;
  }
  const password = await newPassword(args, io);
  if (password === null) return EXIT_USAGE;
  const displayName = flagValue(args, 'display-name') ?? username;
  const r = await core.call('users.create', { username, displayName, role, password }, CLI_CALLER);
  if (!r.ok) return failed(io, r.error.message);
  io.out(`Đã tạo tài khoản "${r.data.username}" (${ROLE_LABEL[r.data.role]}).`);
  return EXIT_OK;
}

async function listUsers(_args: CliArgs, io: CliIo, core: Core): Promise<number> {
  const r = await core.call('users.list', {}, CLI_CALLER);
  if (!r.ok) return failed(io, r.error.message);
  if (r.data.users.length === 0) io.out('Chưa có tài khoản nào. Tạo quản trị viên đầu tiên: users add --role admin.');
  for (const u of r.data.users) io.out(`${u.username}\t${u.displayName}\t${ROLE_LABEL[u.role]}\t${stateOf(u)}`);
  return EXIT_OK;
}

async function resetPassword(args: CliArgs, io: CliIo, core: Core): Promise<number> {
  const user = await findUser(args, io, core);
  if (!user) return user === null ? EXIT_FAILED : EXIT_USAGE;
  const password = await newPassword(args, io);
  if (password === null) return EXIT_USAGE;
  const r = await core.call('users.resetPassword', { id: user.id, password }, CLI_CALLER);
  if (!r.ok) return failed(io, r.error.message);
  io.out(`Đã đặt lại mật khẩu của "${user.username}"; các phiên đăng nhập của tài khoản này đã kết thúc.`);
  return EXIT_OK;
}

async function disableUser(args: CliArgs, io: CliIo, core: Core): Promise<number> {
  const user = await findUser(args, io, core);
  if (!user) return user === null ? EXIT_FAILED : EXIT_USAGE;
  const disabled = args.flags.enable !== true;
  const r = await core.call('users.disable', { id: user.id, disabled }, CLI_CALLER);
  if (!r.ok) return failed(io, r.error.message);
  io.out(disabled ? `Đã khoá tài khoản "${user.username}".` : `Đã mở khoá tài khoản "${user.username}".`);
  return EXIT_OK;
}

/** The account named by --username (ignoring case); null when there is none, undefined when not named. */
async function findUser(args: CliArgs, io: CliIo, core: Core): Promise<UserView | null | undefined> {
  const username = flagValue(args, 'username');
  if (!username) {
    io.err('Hãy ghi --username TÊN của tài khoản.');
    return undefined;
  }
  const r = await core.call('users.list', {}, CLI_CALLER);
  if (!r.ok) return (failed(io, r.error.message), null);
  const user = r.data.users.find((u) => u.username.toLowerCase() === username.toLowerCase());
  if (!user) io.err(`Không có tài khoản "${username}". Xem danh sách: users list --db FILE.`);
  return user ?? null;
}

/** A new password from stdin (main.ts asks twice at a terminal, so a typo is not what gets saved). */
async function newPassword(args: CliArgs, io: CliIo): Promise<string | null> {
  if (args.flags['password-stdin'] !== true || !io.readSecret) {
    io.err(NO_PASSWORD_FLAG);
    return null;
  }
  const password = await io.readSecret('Mật khẩu mới (ít nhất 10 ký tự, không hiện khi gõ): ');
  if (password === null || password === '') {
    io.err('Không nhận được mật khẩu nào từ đầu vào chuẩn.');
    return null;
  }
  return password;
}

function stateOf(u: UserView): string {
  if (u.disabled) return 'đã khoá';
  if (u.lockedUntil) return `tạm khoá đến ${formatDateTime(u.lockedUntil)}`;
  return 'đang hoạt động';
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function failed(io: CliIo, message: string): number {
  io.err(message);
  return EXIT_FAILED;
}
