import type { IncomingMessage } from 'node:http';

/** Why a body could not be read; the caller turns it into a Vietnamese API error. */
export type BodyProblem = 'TOO_LARGE' | 'BAD_JSON';

export type BodyResult = { ok: true; value: unknown } | { ok: false; problem: BodyProblem };

/**
 * Reads a JSON body, stopping at `maxBytes` so a runaway client cannot exhaust memory.
 * An empty body is `undefined` (the dispatcher treats it as `{}`).
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > maxBytes) return resolve({ ok: false, problem: 'TOO_LARGE' });
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        req.resume();
        return resolve({ ok: false, problem: 'TOO_LARGE' });
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({ ok: true, value: undefined });
      try {
        resolve({ ok: true, value: JSON.parse(text) });
      } catch {
        resolve({ ok: false, problem: 'BAD_JSON' });
      }
    });
  });
}
