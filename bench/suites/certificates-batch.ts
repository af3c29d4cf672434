/**
 * `npm run bench` suite: certificates of one decision in one PDF, through the dispatcher (preflight
 * included, as the app runs it). Targets: under 3 ms a page (issue 4) and a peak resident set under
 * 250 MB that does not grow with the batch (issue 8), for 1,000 and for 10,000 certificates. Each print
 * runs in a fresh child process, so its peak memory is its own. The child runs the core as the app does,
 * in its worker thread behind the core host, compiled to JavaScript with node_modules left external, as
 * electron-vite ships it: run through tsx, the loader and its transpiled sources alone add ≈90 MB that
 * the app never carries.
 * Prints figures and ratios; asserts nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { compileChildren } from '../compile-child';
import type { BenchResult } from '../run';
import { seedDecision } from './certificates-batch.fixture';
import type { PrintFigures } from './certificates-print.fixture';

const PAGES = Number(process.env.CERT_BENCH_PAGES ?? 1000);
const LARGE_PAGES = Number(process.env.CERT_BENCH_LARGE_PAGES ?? 10000);
const MEMORY_TARGET_MB = 250;
const run = promisify(execFile);

interface Print {
  dbPath: string;
  decisionId: string;
  pages: number;
  mode: 'full' | 'overlay';
  /** `render`: certificates.render returns the PDF; `job`: certificates.start/progress/result (the app's batch path). */
  path: 'render' | 'job';
  /** Time a second print in the same child (warm) or the first one (cold; for the long batch). */
  timing: 'warm' | 'cold';
  floor: boolean;
}

/**
 * Compiles the child entry and the core's worker next to each other (bench/out/, ignored by git), as
 * electron-vite lays out out/main/: the child's host finds core-worker.js beside itself.
 */
function compileChild(): string {
  const compiled = compileChildren({
    'certificates-batch.child': join(__dirname, 'certificates-print.fixture.ts'),
    'core-worker': resolve(__dirname, '../../src-main/core/host/core-worker.ts'),
  });
  return compiled['certificates-batch.child']!;
}

let compiled: string | null = null;

async function inChild(p: Print): Promise<PrintFigures> {
  compiled ??= compileChild();
  const args = [compiled, p.dbPath, p.decisionId, String(p.pages), p.mode, p.path, p.timing, p.floor ? 'floor' : '-'];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as PrintFigures;
}

function memoryRows(label: string, f: PrintFigures): BenchResult[] {
  return [
    { name: `${label}: peak memory (RSS)`, value: f.peakMb, unit: 'MB' },
    { name: `${label}: peak memory / ${MEMORY_TARGET_MB} MB target`, value: f.peakMb / MEMORY_TARGET_MB, unit: '×' },
    { name: `${label}: PDF size`, value: f.pdfMb, unit: 'MB' },
  ];
}

async function standardBatch(dbPath: string, decisionId: string): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  let floor = 0;
  for (const mode of ['full', 'overlay'] as const) {
    const f = await inChild({ dbPath, decisionId, pages: PAGES, mode, path: 'render', timing: 'warm', floor: mode === 'full' });
    floor = f.floorMs ?? floor;
    if (mode === 'full') out.push({ name: `baseline: ${PAGES} one-line pages, time per page`, value: floor / PAGES, unit: 'ms' });
    const perPage = f.ms / PAGES;
    const label = `${PAGES} certificates (${mode})`;
    out.push(
      { name: `${label}: time per page`, value: perPage, unit: 'ms' },
      { name: `${label}: time per page / 3 ms target`, value: perPage / 3, unit: '×' },
      { name: `${label}: time / baseline`, value: f.ms / floor, unit: '×' },
      ...memoryRows(label, f),
    );
  }
  return out;
}

export default {
  name: 'certificates-batch',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'antq-cert-bench-'));
    try {
      const small = join(dir, 'small.sqlite');
      const out = await standardBatch(small, await seedDecision(small, PAGES));
      const large = join(dir, 'large.sqlite');
      const decisionId = await seedDecision(large, LARGE_PAGES);
      const f = await inChild({ dbPath: large, decisionId, pages: LARGE_PAGES, mode: 'full', path: 'job', timing: 'cold', floor: false });
      const label = `${LARGE_PAGES} certificates (full)`;
      out.push({ name: `${label}: time per page`, value: f.ms / LARGE_PAGES, unit: 'ms' }, ...memoryRows(label, f));
      return out;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
