import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallProgress } from '../../../src-main/contract/progress/call-progress';
import { ProgressFeed } from '../../../src-main/core/api/progress-feed';
import { enterWork, exportTo, importInto, makeOffices, type Office } from './offices';

/**
 * Issue 13 item 6: a package's export and import report how far they are while they run (the host
 * relays the reports to the caller's window), ending with every record counted.
 */
let province: Office;
let a: Office;

function recording(o: Office): { reports: CallProgress[]; stop: () => void } {
  const reports: CallProgress[] = [];
  const feed = o.core.env.progress;
  if (!feed) throw new Error('the core has no progress feed');
  return { reports, stop: feed.subscribe((p) => reports.push(p)) };
}

beforeAll(async () => {
  ({ province, a } = await makeOffices());
  await enterWork(a, 'A1', 1);
  await enterWork(a, 'A2', 2);
}, 60_000);
afterAll(() => [province, a].forEach((o) => o.core.close()));

describe('the progress of a package', () => {
  it('export: reads each kind, then counts the records written into the package up to all of them', async () => {
    const rec = recording(a);
    const bytes = await exportTo(a, province.id);
    rec.stop();
    expect(rec.reports[0]).toEqual({ method: 'exchange.exportPackage', label: 'Đọc bản ghi cần gửi', done: 0, total: 4 });
    const writes = rec.reports.filter((r) => r.label === 'Ghi bản ghi vào gói');
    // Two communes: 2 models, 6 sessions, 2 outcomes, 2 registrations.
    expect(writes.at(-1)).toEqual({ method: 'exchange.exportPackage', label: 'Ghi bản ghi vào gói', done: 12, total: 12 });
    for (const r of rec.reports) expect(r.done).toBeLessThanOrEqual(r.total);

    const imported = recording(province);
    const dry = await importInto(province, bytes, true);
    expect(dry.ok).toBe(true);
    // A preview verifies the package and compares its records with this office's, and writes nothing.
    const method = 'exchange.importPackage';
    expect(imported.reports).toEqual([
      { method, label: 'Kiểm tra chữ ký và dữ liệu của gói', done: 0, total: 0 },
      { method, label: 'Đối chiếu bản ghi của gói với dữ liệu ở đây', done: 0, total: 12 },
      { method, label: 'Đối chiếu bản ghi của gói với dữ liệu ở đây', done: 12, total: 12 },
    ]);
    imported.reports.length = 0;
    const applied = await importInto(province, bytes);
    imported.stop();
    expect(applied.ok).toBe(true);
    expect(imported.reports.at(-1)).toEqual({ method: 'exchange.importPackage', label: 'Ghi bản ghi', done: 12, total: 12 });
  });

  it('passes reports on at most every 100 ms, but always a new step and the last one', () => {
    let now = 0;
    const feed = new ProgressFeed(() => now);
    const heard: string[] = [];
    feed.subscribe((p) => heard.push(`${p.label} ${p.done}/${p.total}`));
    const report = (label: string, done: number, total: number) => feed.report({ method: 'm', label, done, total });
    report('Đọc', 0, 2);
    now = 10;
    report('Ghi', 1, 1000);
    for (let i = 2; i < 1000; i++) {
      now += 1;
      report('Ghi', i, 1000);
    }
    report('Ghi', 1000, 1000);
    expect(heard[0]).toBe('Đọc 0/2');
    expect(heard[1]).toBe('Ghi 1/1000');
    expect(heard.at(-1)).toBe('Ghi 1000/1000');
    // 1,000 reports over about a second: about ten passed on.
    expect(heard.length).toBeGreaterThan(8);
    expect(heard.length).toBeLessThan(16);
  });
});
