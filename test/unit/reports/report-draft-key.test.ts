import { describe, expect, it } from 'vitest';
import { reportDraftKey, reportOfDraftKey, type ReportDraftTarget } from '../../../src-renderer/pages/reports/report-draft-key';
import { draftsContract } from '../../../src-main/contract/drafts/drafts.contract';
import { OfficeId } from '../../../src-main/contract/exchange/office';

const UNIT = '0b6f1c9e-3d2a-4f5b-8c7d-9e0f1a2b3c4d';
/** The longest office id the exchange contract allows, with the dots and dashes it allows. */
const LONG_OFFICE = `ca.${'x'.repeat(55)}-huyen`;
const targets: ReportDraftTarget[] = [
  { period: { kind: 'year', year: 2017 } },
  { period: { kind: 'half', year: 2018 }, unitId: UNIT },
  { period: { kind: 'quarter', year: 2019, quarter: 4 } },
  { period: { kind: 'range', from: '2017-01-01', to: '2017-12-31' }, unitId: UNIT },
  { period: { kind: 'year', year: 2017 }, origin: 'own' },
  { period: { kind: 'year', year: 2017 }, origin: 'CA-HUYEN.DONG-ANH' },
  { period: { kind: 'range', from: '2017-01-01', to: '2017-12-31' }, unitId: UNIT, origin: LONG_OFFICE },
];

describe('report header draft keys', () => {
  it('names each period, scope and origin apart and reads back the report it names', () => {
    const keys = targets.map(reportDraftKey);
    expect(new Set(keys).size).toBe(targets.length);
    for (const [i, k] of keys.entries()) expect(reportOfDraftKey(k)).toEqual(targets[i]);
  });

  it("keeps a draft made for one origin from being offered for another, or for every office's records", () => {
    const year = { period: { kind: 'year', year: 2017 } } as const;
    const keys = [reportDraftKey(year), reportDraftKey({ ...year, origin: 'own' }), reportDraftKey({ ...year, origin: 'CA-HUYEN' })];
    expect(new Set(keys).size).toBe(3);
  });

  it('reads the keys kept before origins came (period, then a unit id)', () => {
    expect(reportOfDraftKey(`half-2018.${UNIT}`)).toEqual({ period: { kind: 'half', year: 2018 }, unitId: UNIT });
  });

  it('fits the key rule of drafts.save (letters, digits, dot, dash; its length)', () => {
    expect(OfficeId.safeParse(LONG_OFFICE).success && LONG_OFFICE.length === 64).toBe(true);
    const rule = draftsContract['drafts.save'].input.shape.key;
    for (const t of targets) expect(rule.safeParse(reportDraftKey(t)).success).toBe(true);
  });

  it('reads no report from a key it did not make', () => {
    const made = ['new', 'year-17', 'quarter-2017-5', 'range-2017-01-01', 'month-2017-03', '', 'year-2017.origin-', `year-2017.${UNIT}.x`];
    for (const k of made) expect(reportOfDraftKey(k)).toBeNull();
  });
});
