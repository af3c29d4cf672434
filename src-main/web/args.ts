import { defaultDbPath } from './default-db-path';
import { listenAddressProblem } from './listen-address';

/** Options of `node out/main/web.js`. */
export interface WebArgs {
  dbPath: string;
  port: number;
  /** The address to listen on; unset is 127.0.0.1. */
  host?: string;
  tlsCert?: string;
  tlsKey?: string;
  /** A host name browsers use for this server (the name on the office's certificate). */
  name?: string;
}

export const WEB_USAGE =
  'Cách dùng: npm run web -- [--db TỆP.sqlite] [--port SỐ] [--host ĐỊA_CHỈ_IP_NỘI_BỘ] [--tls-cert TỆP.pem --tls-key TỆP.pem] [--name TÊN_MÁY]\n' +
  '(mặc định: cơ sở dữ liệu của ứng dụng máy tính, cổng bất kỳ còn trống, chỉ trên máy này)';

type Parsed = { ok: true; args: WebArgs } | { ok: false; message: string };

/** Where each flag's value goes; the port is checked apart. */
const TEXT_FLAGS = { '--db': 'dbPath', '--host': 'host', '--tls-cert': 'tlsCert', '--tls-key': 'tlsKey', '--name': 'name' } as const;

function isTextFlag(flag: string): flag is keyof typeof TEXT_FLAGS {
  return Object.hasOwn(TEXT_FLAGS, flag);
}

/** Parses the flags; a problem comes back as a Vietnamese message. */
export function parseWebArgs(argv: readonly string[]): Parsed {
  const args: WebArgs = { dbPath: defaultDbPath(), port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') return { ok: false, message: WEB_USAGE };
    if (flag !== '--port' && !isTextFlag(flag)) return { ok: false, message: `Tham số không hợp lệ: ${flag}\n${WEB_USAGE}` };
    if (value === undefined || value.startsWith('--')) return { ok: false, message: `Thiếu giá trị cho ${flag}.\n${WEB_USAGE}` };
    i++;
    if (flag === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, message: `Cổng không hợp lệ: ${value} (0–65535).` };
      args.port = port;
    } else if (isTextFlag(flag)) args[TEXT_FLAGS[flag]] = value;
  }
  return checked(args);
}

/** The flags that only make sense together, and an address web mode will listen on. */
function checked(args: WebArgs): Parsed {
  if ((args.tlsCert === undefined) !== (args.tlsKey === undefined)) {
    return { ok: false, message: 'HTTPS cần cả hai tệp: --tls-cert (chứng chỉ) và --tls-key (khóa riêng).' };
  }
  const problem = args.host === undefined ? null : listenAddressProblem(args.host);
  return problem ? { ok: false, message: problem } : { ok: true, args };
}
