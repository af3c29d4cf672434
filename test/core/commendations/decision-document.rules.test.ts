import { describe, expect, it } from 'vitest';
import {
  baseSalaryOn,
  cashAmount,
  defaultLegalBases,
  prefilledDecisionDocument,
} from '../../../src-main/core/commendations/decision-document.rules';

describe('decision document defaults', () => {
  it('takes the base salary in force on the decision date', () => {
    expect(baseSalaryOn('2024-06-30')).toBe(1_800_000);
    expect(baseSalaryOn('2024-07-01')).toBe(2_340_000);
    expect(baseSalaryOn('2026-06-30')).toBe(2_340_000);
    expect(baseSalaryOn('2026-07-01')).toBe(2_530_000);
  });

  it('rounds the cash up to tens of thousands of đồng, exactly for coefficients like 1.1', () => {
    expect(cashAmount(0.3, 2_340_000)).toBe(710_000);
    expect(cashAmount(1.5, 2_340_000)).toBe(3_510_000);
    expect(cashAmount(0.3, 2_000_000)).toBe(600_000);
    // 1.1 × 100000 is 110000.00000000001 in binary floating point: still 110.000, not 120.000.
    expect(cashAmount(1.1, 100_000)).toBe(110_000);
    expect(cashAmount(0, 2_340_000)).toBe(0);
  });

  it('cites the decree in force: 98/2023 until 30/6/2025, then 152/2025', () => {
    expect(defaultLegalBases('2025-06-30').join('\n')).toContain('98/2023/NĐ-CP');
    expect(defaultLegalBases('2025-07-01').join('\n')).toContain('152/2025/NĐ-CP');
  });

  it('prefills from the last decision but with this one’s cash, and a Bằng khen collective at twice 1.5', () => {
    const settings = { officeName: 'Phòng Tham mưu', parentBodyName: 'Công an tỉnh Hải Dương' };
    const first = prefilledDecisionDocument({ signedOn: '2026-12-15', year: 2026 }, 'certificate_of_merit', settings, null);
    expect(first).toMatchObject({ individualCoefficient: 1.5, collectiveCoefficient: 3, proposer: 'Trưởng phòng Tham mưu' });
    const last = { ...first, proposer: 'Trưởng Công an xã', individualCoefficient: 9 };
    const next = prefilledDecisionDocument({ signedOn: '2027-01-10', year: 2026 }, 'letter_of_praise', settings, last);
    expect(next).toMatchObject({ proposer: 'Trưởng Công an xã', individualCoefficient: 0.3, collectiveCoefficient: 0.6 });
  });
});
