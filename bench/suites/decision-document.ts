/**
 * `npm run bench` suite: one commendation decision with 1,000 recipients to DOCX and to PDF, through
 * the dispatcher as the app calls it. Target (issue 11): ≤ 2 s each. Each format is exported once to
 * warm up (fonts, module loading), then timed over the next runs; the median is reported.
 * Prints figures and ratios; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchResult } from '../run';
import { CLI_CREDENTIAL } from '../../src-main/contract/credential';
import { openCore, type Core } from '../../src-main/core/app/open-core';
import { RESOURCES_DIR, seedDecision } from './certificates-batch.fixture';

const RECIPIENTS = Number(process.env.DECISION_BENCH_RECIPIENTS ?? 1000);
const TARGET_MS = 2000;
const RUNS = 3;

async function timeExport(core: Core, method: 'commendations.exportDecisionDocx' | 'commendations.exportDecisionPdf', id: string) {
  const once = async () => {
    const r = await core.call(method, { id }, CLI_CREDENTIAL);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data.bytes;
  };
  await once();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    bytes = await once();
    times.push(performance.now() - t0);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!, bytes };
}

export default {
  name: 'decision-document',
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'antq-decision-bench-'));
    try {
      const dbPath = join(dir, 'decision.sqlite');
      const id = await seedDecision(dbPath, RECIPIENTS);
      const core = await openCore({ dbPath, resourcesDir: RESOURCES_DIR });
      try {
        const out: BenchResult[] = [];
        for (const [kind, method] of [
          ['DOCX', 'commendations.exportDecisionDocx'],
          ['PDF', 'commendations.exportDecisionPdf'],
        ] as const) {
          const f = await timeExport(core, method, id);
          const label = `decision with ${RECIPIENTS} recipients to ${kind}`;
          out.push(
            { name: `${label}: time`, value: f.ms, unit: 'ms' },
            { name: `${label}: time / ${TARGET_MS} ms target`, value: f.ms / TARGET_MS, unit: '×' },
            { name: `${label}: size`, value: f.bytes / 1024, unit: 'KB' },
          );
        }
        return out;
      } finally {
        core.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
