import { isIP } from 'node:net';

/** 127.0.0.0/8 and ::1: only this machine can reach them. */
export function isLoopback(address: string): boolean {
  if (isIP(address) === 4) return address.startsWith('127.');
  return address === '::1' || address.toLowerCase() === 'localhost';
}

/** The private ranges an office network uses (RFC 1918 for IPv4, unique local fc00::/7 for IPv6). */
function isPrivate(address: string): boolean {
  if (isIP(address) === 6) return /^f[cd][0-9a-f]{0,2}:/i.test(address);
  const [a = -1, b = -1] = address.split('.').map(Number);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * Why web mode will not listen on `address`, in Vietnamese, or null when it may. Only a loopback or a
 * private address of this machine: a wildcard (0.0.0.0) also listens on any public address the machine
 * has, a public address puts the office's records on the internet, and a host name could resolve to
 * either (and the Host check needs the exact name browsers will send).
 */
export function listenAddressProblem(address: string): string | null {
  if (isIP(address) === 0)
    return `Địa chỉ --host không hợp lệ: "${address}". Hãy ghi địa chỉ IP mạng nội bộ của máy này, ví dụ 192.168.1.10.`;
  if (address === '0.0.0.0' || address === '::') {
    return `Không dùng --host ${address} (mọi địa chỉ của máy, kể cả địa chỉ ra Internet). Hãy ghi địa chỉ IP mạng nội bộ của máy này, ví dụ 192.168.1.10.`;
  }
  if (!isLoopback(address) && !isPrivate(address)) {
    return `Địa chỉ ${address} không thuộc mạng nội bộ (10.x, 172.16–31.x, 192.168.x): không đưa sổ lên Internet. Hãy ghi địa chỉ IP mạng nội bộ của máy này.`;
  }
  return null;
}
