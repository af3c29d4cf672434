/**
 * Child entry of the certificates-batch suite (compiled with the core's worker next to it, in bench/out/):
 * prints one decision with the core opened as the app opens it, in its worker thread behind the core host
 * (the host sets that thread's heap limits), so the child's peak resident set is the app's own: the thread
 * that serves the window or HTTP, and the core's. This file imports nothing else of the core, so the
 * serving thread loads no more than the app's does.
 */
import { resolve } from 'node:path';
import type { ResourceLimits } from 'node:worker_threads';
import { CLI_CREDENTIAL } from '../../src-main/contract/credential';
import type { TypedCall } from '../../src-main/core/api/typed-call';
import { coreWorkerEntry, openCoreHost } from '../../src-main/core/host/core-host';
import type { ApiInput, ApiOutput, MethodName } from '../../src-main/contract';

const RESOURCES_DIR = resolve(__dirname, '../../resources');
const clerk = CLI_CREDENTIAL;

/** What a child reports on its last stdout line. */
export interface PrintFigures {
  ms: number;
  /** Peak resident set of the whole child process (kernel-tracked), taken right after its first print. */
  peakMb: number;
  pdfMb: number;
  /** The machine's floor measured in the same child after the print: pdfmake writing one-line pages. */
  floorMs: number | null;
}

type PrintInput = ApiInput<'certificates.render'>;

async function ok<N extends MethodName>(call: TypedCall, name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const r = await call(name, input, clerk);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.data;
}

/**
 * The app's batch path: start the job, poll its progress, take the PDF part by part (as the window does;
 * the parts are joined there, in the renderer's process, not in the core's). Returns the PDF's size.
 */
async function printAsJob(call: TypedCall, input: PrintInput): Promise<number> {
  const { jobId } = await ok(call, 'certificates.start', input);
  for (;;) {
    const p = await ok(call, 'certificates.progress', { jobId });
    if (p.state !== 'running') break;
    await new Promise((done) => setTimeout(done, 5));
  }
  let bytes = 0;
  for (let offset: number | null = 0; offset !== null;) {
    const part: ApiOutput<'certificates.result'> = await ok(call, 'certificates.result', { jobId, offset });
    bytes += Buffer.byteLength(part.base64, 'base64');
    offset = part.next;
  }
  return bytes;
}

/** Prints and returns the PDF's size in bytes. */
async function print(call: TypedCall, input: PrintInput, path: string): Promise<number> {
  if (path === 'job') return printAsJob(call, input);
  return Buffer.byteLength((await ok(call, 'certificates.render', input)).base64, 'base64');
}

/** The same machine's floor: pdfmake writing `pages` pages of one short line (second run, warm), after the peak was read. */
async function baselineMs(pages: number): Promise<number> {
  const { renderPdf } = await import('../../src-main/core/certificates/pdf');
  const content = Array.from({ length: pages }, (_, i) => ({ text: `Trang ${i + 1}`, pageBreak: i ? ('before' as const) : undefined }));
  await renderPdf(RESOURCES_DIR, { content, defaultStyle: { font: 'Tinos' } });
  const start = performance.now();
  await renderPdf(RESOURCES_DIR, { content, defaultStyle: { font: 'Tinos' } });
  return performance.now() - start;
}

/** CERT_BENCH_HEAP=old,young (MB) replaces the host's heap limits, to compare others; unset: the app's. */
function heapLimitsFromEnv(): ResourceLimits | undefined {
  const [old, young] = (process.env.CERT_BENCH_HEAP ?? '').split(',').map(Number);
  return old ? { maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: young || undefined } : undefined;
}

/**
 * argv = dbPath, decisionId, pages, mode, 'render'|'job', 'warm'|'cold', 'floor'|'-'.
 * The peak is read after the first print of the batch in this fresh process. With 'warm' the time is
 * taken from a second print (caches and JIT warm, as on an office's second batch); with 'cold', from the first.
 */
async function child(argv: string[]): Promise<void> {
  const [dbPath = '', decisionId = '', pages, mode = 'full', path = 'render', timing, floor] = argv;
  const host = await openCoreHost({
    dbPath,
    resourcesDir: RESOURCES_DIR,
    worker: coreWorkerEntry(__dirname),
    heapLimits: heapLimitsFromEnv(),
  });
  try {
    const input: PrintInput = { decisionId, mode: mode === 'overlay' ? 'overlay' : 'full' };
    let start = performance.now();
    const bytes = await print(host.call, input, path);
    let ms = performance.now() - start;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    if (timing === 'warm') {
      start = performance.now();
      await print(host.call, input, path);
      ms = performance.now() - start;
    }
    const floorMs = floor === 'floor' ? await baselineMs(Number(pages)) : null;
    const figures: PrintFigures = { ms, peakMb, pdfMb: bytes / 1024 / 1024, floorMs };
    console.log(JSON.stringify(figures));
  } finally {
    await host.close();
  }
}

if (require.main === module) {
  child(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
  });
}
