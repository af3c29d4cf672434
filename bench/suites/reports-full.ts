import { createWriteStream } from 'node:fs';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { Core } from '../../src-main/core/app/open-core';
import { writeReportXlsx } from '../../src-main/core/exporters/report-xlsx';
import { prepareReport } from '../../src-main/core/reports/build-report';
import { detailSheets } from '../../src-main/core/reports/details';
import { storedHeader } from '../../src-main/core/reports/report-header.api';
import { callOk, makeTestCore } from '../../test/fixtures/core';
import { entryId } from '../../test/fixtures/seed/catalogue-ids';
import { bulkSessions, numberUnits } from '../../test/fixtures/seed/million.repo';
import { seedProvince2017 } from '../../test/fixtures/seed/province-2017';
import { DECADE_REPORT, millionCore } from './million-core.fixture';
import { IDLE_BASELINE_MS, measureBaseline } from './reports-baseline.fixture';
import type { ApiInput } from '../../src-main/contract';

interface Result {
  name: string;
  value: number;
  unit: string;
}

function count(core: Core): number {
  const tables = [
    'propaganda_sessions',
    'outcomes',
    'security_models',
    'safety_registrations',
    'commendation_recipients',
    'commendation_decisions',
    'units',
  ];
  return tables.reduce((n, t) => n + (core.env.store.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`)?.n ?? 0), 0);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timeReport(core: Core, input: ApiInput<'reports.build'>, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await callOk(core, 'reports.build', input);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The year report as a Word document through the API (figures, header, document), median of 3. */
async function timeDocx(core: Core): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await callOk(core, 'reports.exportDocx', { period: { kind: 'year', year: 2017 } });
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Writes the workbook for 2017 to a file and samples memory while it is written. */
async function timeWorkbook(core: Core): Promise<{ ms: number; peakMb: number; rows: number; bytes: number }> {
  const { report, layout } = prepareReport(core.env.store, { period: { kind: 'year', year: 2017 } });
  const details = detailSheets(core.env.store, layout, report.period, report.scope.name);
  const file = join(mkdtempSync(join(tmpdir(), 'antq-bench-')), 'report.xlsx');
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t = performance.now();
  const out = createWriteStream(file);
  const { header } = storedHeader(core.env.store, report, '2018-01-05');
  await writeReportXlsx({ report, header, details }, out);
  await finished(out);
  const ms = performance.now() - t;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const rows =
    core.env.store.get<{ n: number }>("SELECT COUNT(*) AS n FROM propaganda_sessions WHERE held_on BETWEEN '2017-01-01' AND '2017-12-31'")
      ?.n ?? 0;
  return { ms, peakMb: (peak - before) / 1e6, rows, bytes: statSync(file).size };
}

/**
 * Reports at scale: the year report, the ten-year report and the year report as a Word document over
 * ~1,000,000 records (target < 2 s each),
 * and the Ministry workbook with ≥100,000 detail rows (targets < 5 s and < 300 MB above the baseline).
 */
export default {
  name: 'reports-full',
  async run(): Promise<Result[]> {
    const out: Result[] = [];
    const load = (await measureBaseline()) / IDLE_BASELINE_MS;
    out.push({ name: 'reports: machine slowdown vs idle (baseline step)', value: load, unit: 'x' });
    const target = (name: string, ms: number, targetMs: number) => {
      out.push({ name: `${name} / ${targetMs / 1000} s target`, value: ms / targetMs, unit: 'ratio (<1 meets)' });
      out.push({ name: `${name} / target, load-adjusted`, value: ms / load / targetMs, unit: 'ratio (<1 meets)' });
    };
    let t = performance.now();
    const big = await millionCore();
    out.push({ name: 'reports: build 1M-record database', value: (performance.now() - t) / 1000, unit: 's' });
    out.push({ name: 'reports: records in the database', value: count(big), unit: 'rows' });
    const year = await timeReport(big, { period: { kind: 'year', year: 2017 } });
    out.push({ name: 'reports: year report over 1M records', value: year, unit: 'ms' });
    target('reports: year report', year, 2000);
    const decade = await timeReport(big, DECADE_REPORT, 1);
    out.push({ name: 'reports: 10-year report over 1M records', value: decade, unit: 'ms' });
    target('reports: 10-year report', decade, 2000);
    t = performance.now();
    await callOk(big, 'reports.dashboard', { year: 2017 });
    out.push({ name: 'reports: dashboard over 1M records', value: performance.now() - t, unit: 'ms' });
    const docx = await timeDocx(big);
    out.push({ name: 'reports: year report to DOCX over 1M records', value: docx, unit: 'ms' });
    target('reports: year report to DOCX', docx, 2000);
    big.close();

    const wbCore = await makeTestCore();
    await seedProvince2017(wbCore);
    wbCore.env.store.write((tx) => {
      const places = numberUnits(tx, 'bench_places', ['commune', 'residential_area']);
      bulkSessions(tx, 'bench_places', places, 100_000, '2017-01-01', 365, entryId('KHU_DAN_CU'), entryId('TUYEN_TRUYEN'));
    });
    const wb = await timeWorkbook(wbCore);
    wbCore.close();
    out.push({ name: 'reports: workbook session detail rows', value: wb.rows, unit: 'rows' });
    out.push({ name: 'reports: workbook write time', value: wb.ms, unit: 'ms' });
    target('reports: workbook', wb.ms, 5000);
    out.push({ name: 'reports: workbook peak memory above baseline', value: wb.peakMb, unit: 'MB' });
    out.push({ name: 'reports: workbook memory / 300 MB target', value: wb.peakMb / 300, unit: 'ratio (<1 meets)' });
    out.push({ name: 'reports: workbook file size', value: wb.bytes / 1e6, unit: 'MB' });
    return out;
  },
};
