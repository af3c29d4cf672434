import type { ApiInput, ApiOutput } from '../../../src-main/contract';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk } from '../../fixtures/core';

/** The seeded catalogue ids (catalogues/catalogue.seed.ts); inserted here too so tests do not depend on seed timing. */
export const FORM = {
  flag: 'ca7a1000-0000-4000-8000-050000000001',
  merit: 'ca7a1000-0000-4000-8000-050000000002',
  praise: 'ca7a1000-0000-4000-8000-050000000003',
  medal: 'ca7a1000-0000-4000-8000-050000000004',
};
export const AUTHORITY = {
  minister: 'ca7a1000-0000-4000-8000-060000000001',
  chairman: 'ca7a1000-0000-4000-8000-060000000002',
  director: 'ca7a1000-0000-4000-8000-060000000003',
};
export const OCCASION_YEAR_END = 'ca7a1000-0000-4000-8000-070000000001';
export const UNIT_ID = 'a0000000-0000-4000-8000-000000000001';

const ENTRIES: [string, string, string, string][] = [
  [FORM.flag, 'award_form', 'CO_THI_DUA', 'Cờ thi đua'],
  [FORM.merit, 'award_form', 'BANG_KHEN', 'Bằng khen'],
  [FORM.praise, 'award_form', 'GIAY_KHEN', 'Giấy khen'],
  [FORM.medal, 'award_form', 'KY_NIEM_CHUONG', 'Kỷ niệm chương'],
  [AUTHORITY.minister, 'awarding_authority', 'BO_TRUONG_BCA', 'Bộ trưởng Bộ Công an'],
  [AUTHORITY.chairman, 'awarding_authority', 'CHU_TICH_UBND_TINH', 'Chủ tịch UBND tỉnh'],
  [AUTHORITY.director, 'awarding_authority', 'GIAM_DOC_CA_TINH', 'Giám đốc Công an tỉnh'],
  [OCCASION_YEAR_END, 'occasion', 'TONG_KET_NAM', 'Tổng kết năm'],
];

export function seedReferences(core: Core): void {
  core.env.store.write((tx) => {
    for (const [id, catalogue, code, name] of ENTRIES) {
      tx.run(
        `INSERT OR IGNORE INTO catalogue_entries (id, catalogue, code, name, name_search, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')`,
        [id, catalogue, code, name, name.toLowerCase()],
      );
    }
    tx.run(
      `INSERT OR IGNORE INTO units (id, name, name_search, name_sort, kind, created_at, updated_at)
       VALUES (?, 'Xã An Bình', 'xa an binh', 'x', 'commune', 'x', 'x')`,
      [UNIT_ID],
    );
  });
}

export type DecisionOut = ApiOutput<'commendations.createDecision'>;
type DecisionIn = ApiInput<'commendations.createDecision'>;
/** A recipient's fields without the decision it belongs to. */
export type PersonIn = Omit<ApiInput<'commendations.addRecipient'>, 'decisionId'>;

export function decisionInput(over: Partial<DecisionIn> = {}): DecisionIn {
  return {
    number: '125',
    symbol: 'QĐ-CAT-PV01',
    signedOn: '2026-12-15',
    year: 2026,
    authorityId: AUTHORITY.director,
    issuerLine: 'Giám đốc Công an tỉnh Hải Dương',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Đại tá Trần Văn Minh',
    awardFormId: FORM.praise,
    occasionId: OCCASION_YEAR_END,
    subject: 'Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích xuất sắc trong phong trào Toàn dân bảo vệ ANTQ năm 2026',
    place: 'Hải Dương',
    ...over,
  };
}

export function person(over: Partial<PersonIn> = {}): PersonIn {
  return {
    kind: 'individual',
    name: 'Nguyễn Thị Ánh Tuyết',
    gender: 'female',
    birthYear: 1978,
    position: 'Trưởng thôn Đông',
    unitName: 'Xã An Bình, tỉnh Hải Dương',
    achievement: 'Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2026',
    ...over,
  };
}

export async function createDecision(core: Core, over: Partial<DecisionIn> = {}): Promise<DecisionOut> {
  return callOk(core, 'commendations.createDecision', decisionInput(over));
}
