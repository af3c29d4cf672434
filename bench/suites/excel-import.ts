/**
 * `npm run bench` suite: an Excel import of 10,000 session rows (issue 13: ≤ 5 s, preview + apply),
 * through the dispatcher as the app calls it, on a database file (journal and fsync as in use). The
 * rows name their unit by name and their catalogue entries by name, as a clerk's list does.
 * Prints figures and the ratio to the target; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type { BenchResult } from '../run';
import { openCore, type Core } from '../../src-main/core/app/open-core';
import { CLI_CREDENTIAL } from '../../src-main/contract/credential';
import { RESOURCES_DIR } from './certificates-batch.fixture';

const ROWS = Number(process.env.EXCEL_IMPORT_BENCH_ROWS ?? 10_000);
const TARGET_MS = 5000;
/** The bench calls as the CLI owner: roles are not what it measures. */
const clerk = CLI_CREDENTIAL;
const COMMUNES = 40;

/** Forty communes of one province, with codes. */
async function seedUnits(core: Core): Promise<string[]> {
  const province = await core.call('units.create', { name: 'Tỉnh Hải Dương', kind: 'province', parentId: null, code: '30' }, clerk);
  if (!province.ok) throw new Error(province.error.message);
  const names: string[] = [];
  for (let i = 1; i <= COMMUNES; i++) {
    const name = `Xã Thử Nghiệm ${i}`;
    const r = await core.call('units.create', { name, kind: 'commune', parentId: province.data.id, code: `X${i}` }, clerk);
    if (!r.ok) throw new Error(r.error.message);
    names.push(name);
  }
  return names;
}

async function sheetOf(units: readonly string[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Buổi tuyên truyền');
  sheet.addRow(['Ngày', 'Đơn vị', 'Loại địa điểm', 'Hình thức', 'Nội dung, chủ đề', 'Báo cáo viên', 'Số người dự']);
  for (let i = 0; i < ROWS; i++) {
    const day = `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/2024`;
    sheet.addRow([
      day,
      units[i % units.length],
      'Khu dân cư',
      'Tuyên truyền',
      `Phòng chống tội phạm, đợt ${i}`,
      'Đặng Văn Lâm',
      50 + (i % 200),
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** This process's CPU time in ms (the core runs in it): on a shared machine, what its wall time would be alone. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; cpu: number; value: T }> {
  const [t0, c0] = [performance.now(), cpuMs()];
  const value = await fn();
  return { ms: performance.now() - t0, cpu: cpuMs() - c0, value };
}

export default {
  name: 'excel-import',
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'antq-excel-bench-'));
    const core = await openCore({ dbPath: join(dir, 'import.sqlite'), resourcesDir: RESOURCES_DIR });
    try {
      const file = await sheetOf(await seedUnits(core));
      const input = { kind: 'sessions' as const, fileBase64: file };
      const preview = await timed(() => core.call('imports.preview', input, clerk));
      if (!preview.value.ok || !preview.value.data.ready) throw new Error(`preview: ${JSON.stringify(preview.value).slice(0, 400)}`);
      const apply = await timed(() => core.call('imports.apply', input, clerk));
      if (!apply.value.ok) throw new Error(`apply: ${apply.value.error.message}`);
      const total = preview.ms + apply.ms;
      const label = `Excel import of ${ROWS} session rows`;
      return [
        { name: `${label}: preview`, value: preview.ms, unit: 'ms' },
        { name: `${label}: apply`, value: apply.ms, unit: 'ms' },
        { name: `${label}: preview + apply`, value: total, unit: 'ms' },
        { name: `${label}: preview + apply / ${TARGET_MS} ms target`, value: total / TARGET_MS, unit: '×' },
        { name: `${label}: preview + apply, CPU time (the wall time of a quiet machine)`, value: preview.cpu + apply.cpu, unit: 'ms' },
      ];
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
