import { describe, expect, it } from 'vitest';
import { reportDraftKey, reportOfDraftKey, type ReportDraftTarget } from '../../../src-renderer/pages/reports/report-draft-key';
import { key } from '../../../src-main/shared/input.schema';

const UNIT = '0b6f1c9e-3d2a-4f5b-8c7d-9e0f1a2b3c4d';
const targets: ReportDraftTarget[] = [
  { period: { kind: 'year', year: 2017 } },
  { period: { kind: 'half', year: 2018 }, unitId: UNIT },
  { period: { kind: 'quarter', year: 2019, quarter: 4 } },
  { period: { kind: 'range', from: '2017-01-01', to: '2017-12-31' }, unitId: UNIT },
];

describe('report header draft keys', () => {
  it('names each period and scope apart and reads back the report it names', () => {
    const keys = targets.map(reportDraftKey);
    expect(new Set(keys).size).toBe(targets.length);
    for (const [i, k] of keys.entries()) expect(reportOfDraftKey(k)).toEqual(targets[i]);
  });

  it('fits the drafts domain key rule (letters, digits, dot, dash; at most 80)', () => {
    const rule = key('Mã bản nháp', 80);
    for (const t of targets) expect(rule.safeParse(reportDraftKey(t)).success).toBe(true);
  });

  it('reads no report from a key it did not make', () => {
    for (const k of ['new', 'year-17', 'quarter-2017-5', 'range-2017-01-01', 'month-2017-03', '']) expect(reportOfDraftKey(k)).toBeNull();
  });
});
