/**
 * HTTP for the web-clients suite: JSON in and out, the session cookie kept like a browser keeps it.
 * A connection per call: with pauses of several seconds, a kept-alive one is closed by the server
 * (5 s) just as the client reuses it, which a browser retries and a bare client reports as ECONNRESET.
 * On loopback a new connection costs well under a millisecond. Not a suite itself.
 */
import { Agent, request } from 'node:http';

export interface ClientAnswer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string };
}

/** A browser tab: its own cookie (or the loopback token). */
export class WebClient {
  private readonly agent = new Agent({ keepAlive: false });
  private cookie = '';

  constructor(
    private readonly port: number,
    private readonly bearer: string | null = null,
  ) {}

  call(name: string, input: unknown): Promise<ClientAnswer> {
    const body = JSON.stringify(input);
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${this.port}` };
    if (this.bearer) headers.Authorization = `Bearer ${this.bearer}`;
    if (this.cookie) headers.Cookie = this.cookie;
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: this.port, method: 'POST', path: `/api/${name}`, headers, agent: this.agent },
        (res) => {
          const setCookie = res.headers['set-cookie']?.[0];
          if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString('utf8')));
          res.on('end', () => resolve(JSON.parse(text) as ClientAnswer));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** A small repeatable random source (mulberry32), so two runs send the same mix. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
