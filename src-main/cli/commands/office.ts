import { OFFICE_LEVEL_LABELS, type OfficeLevel } from '../../contract/exchange/office';
import type { Core } from '../../core/app/open-core';
import { flagValue } from '../args';
import { CLI_CALLER } from '../cli-caller';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../cli-context';
import type { CliArgs, CliCommand, CliIo } from '../command';
import { readInputFile } from '../named-files';

/** What an administrator types for a level: the Vietnamese word without diacritics, or the code's. */
const LEVELS: Record<string, OfficeLevel> = {
  xa: 'commune',
  huyen: 'district',
  tinh: 'province',
  bo: 'ministry',
  commune: 'commune',
  district: 'district',
  province: 'province',
  ministry: 'ministry',
};

/** The office flags (--office-id, --code, --name, --level, --parent); `prefix` is 'office-' for init. */
export function officeFlags(args: CliArgs, prefix = ''): Record<string, unknown> | null {
  const name = flagValue(args, `${prefix}name`);
  if (!name) return null;
  const level = flagValue(args, `${prefix}level`) ?? '';
  return {
    ...(flagValue(args, `${prefix}id`) ? { id: flagValue(args, `${prefix}id`) } : {}),
    code: flagValue(args, `${prefix}code`) ?? '',
    name,
    level: LEVELS[level.toLowerCase()] ?? level,
    parentOfficeId: flagValue(args, `${prefix}parent`),
  };
}

/** Sets the office through office.set and prints it; the input is checked by the method's schema. */
export async function setOfficeFrom(core: Core, input: Record<string, unknown>, io: CliIo): Promise<number> {
  // The flags are checked by office.set's own schema, as every caller's input is.
  const r = await core.dispatch('office.set', input, CLI_CALLER);
  if (!r.ok) {
    io.err(r.error.message);
    return EXIT_FAILED;
  }
  return showOffice(core, io);
}

async function showOffice(core: Core, io: CliIo): Promise<number> {
  const r = await core.call('office.get', {}, CLI_CALLER);
  if (!r.ok) {
    io.err(r.error.message);
    return EXIT_FAILED;
  }
  const o = r.data;
  if (!o) {
    io.out(
      'Chưa đặt thông tin cơ quan. Dùng: office set --id MÃ --code MÃ_ĐƠN_VỊ --name "TÊN" --level xa|huyen|tinh [--parent MÃ_CẤP_TRÊN]',
    );
    return EXIT_OK;
  }
  io.out(`Cơ quan: ${o.name} (mã ${o.id}, mã đơn vị ${o.code}, ${OFFICE_LEVEL_LABELS[o.level]})`);
  io.out(`Cơ quan cấp trên: ${o.parentOfficeId ?? '(chưa đặt)'}`);
  io.out(`Dấu vân tay khoá: ${o.fingerprint}`);
  io.out('Khoá công khai (gửi cho cơ quan cấp trên để đăng ký):');
  io.out(o.publicKey);
  return EXIT_OK;
}

/** `office show` / `office set …`: this database's office and its public key. */
export const officeCommand: CliCommand = {
  name: 'office',
  usage: 'office show | office set --id MÃ --code MÃ_ĐƠN_VỊ --name "TÊN" --level xa|huyen|tinh [--parent MÃ_CẤP_TRÊN]',
  summary: 'Xem hoặc đặt cơ quan của cơ sở dữ liệu (và khoá công khai để gửi cấp trên).',
  needs: 'core',
  async run(args, io, core) {
    if (!core) return EXIT_FAILED;
    const verb = args.positional[0] ?? 'show';
    if (verb === 'show') return showOffice(core, io);
    if (verb !== 'set') {
      io.err(`Không rõ "${verb}": dùng "office show" hoặc "office set".`);
      return EXIT_USAGE;
    }
    const input = officeFlags(args);
    if (!input) {
      io.err('Thiếu --name "TÊN CƠ QUAN" (và --code, --level).');
      return EXIT_USAGE;
    }
    return setOfficeFrom(core, input, io);
  },
};

async function addOffice(core: Core, args: CliArgs, io: CliIo): Promise<number> {
  const keyFile = flagValue(args, 'key');
  const id = flagValue(args, 'id');
  if (!keyFile || !id) {
    io.err('Dùng: offices add --key TỆP_KHOÁ.pem --id MÃ --name "TÊN" --level xa|huyen [--code MÃ_ĐƠN_VỊ] [--confirm]');
    return EXIT_USAGE;
  }
  const publicKey = readInputFile(keyFile, io, 'tệp khoá')?.toString('utf8');
  if (publicKey === undefined) return EXIT_FAILED;
  const level = flagValue(args, 'level') ?? '';
  const input = { id, name: flagValue(args, 'name') ?? '', code: flagValue(args, 'code') ?? '', level: LEVELS[level] ?? level };
  const r = await core.dispatch('offices.add', { ...input, publicKey, confirm: args.flags['confirm'] === true }, CLI_CALLER);
  if (!r.ok) {
    io.err(r.error.message);
    return EXIT_FAILED;
  }
  const { fingerprint, registered } = r.data as { fingerprint: string; registered: boolean };
  io.out(`Dấu vân tay khoá: ${fingerprint}`);
  io.out(
    registered
      ? `Đã đăng ký cơ quan mã ${id}.`
      : 'Hãy gọi điện cho cơ quan đó và so dấu vân tay (họ xem bằng "office show"). Nếu khớp, chạy lại lệnh với --confirm.',
  );
  return EXIT_OK;
}

async function listOffices(core: Core, io: CliIo): Promise<number> {
  const r = await core.call('offices.list', {}, CLI_CALLER);
  if (!r.ok) {
    io.err(r.error.message);
    return EXIT_FAILED;
  }
  if (r.data.length === 0) io.out('Chưa đăng ký cơ quan nào.');
  for (const o of r.data) {
    const last = o.lastSequence === null ? 'chưa nhận gói nào' : `gói gần nhất số ${o.lastSequence}, nhận lúc ${o.lastAppliedAt}`;
    io.out(`${o.id}  ${o.name} (${OFFICE_LEVEL_LABELS[o.level]}): ${last}`);
  }
  return EXIT_OK;
}

/** `offices add --key FILE …` / `offices list`: the reporting offices whose packages are accepted. */
export const officesCommand: CliCommand = {
  name: 'offices',
  usage: 'offices list | offices add --key TỆP.pem --id MÃ --name "TÊN" --level xa|huyen [--code MÃ_ĐƠN_VỊ] [--confirm]',
  summary: 'Các cơ quan gửi gói: xem danh sách, đăng ký khoá công khai (so dấu vân tay trước).',
  needs: 'core',
  async run(args, io, core) {
    if (!core) return EXIT_FAILED;
    const verb = args.positional[0] ?? 'list';
    if (verb === 'list') return listOffices(core, io);
    if (verb === 'add') return addOffice(core, args, io);
    io.err(`Không rõ "${verb}": dùng "offices list" hoặc "offices add".`);
    return EXIT_USAGE;
  },
};
