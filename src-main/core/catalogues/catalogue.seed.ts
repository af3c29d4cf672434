import type { Migration } from '../db/migrations';
import { foldForSearch } from '../text/fold';
import type { Catalogue } from '../../contract/catalogues/catalogue';

type SeedRow = readonly [id: string, catalogue: Catalogue, code: string | null, name: string];

/**
 * The entries every office starts with (DOMAIN.md Part A and B §5). Ids are fixed so that two offices'
 * databases, and other domains' tests and seeds, agree on them; codes let code find an entry whose name
 * an administrator may have renamed. Order within a catalogue is the initial sort order.
 */
export const CATALOGUE_SEED: readonly SeedRow[] = [
  // model_type
  ['ca7a1000-0000-4000-8000-010000000001', 'model_type', 'XU_DAO_AN_TOAN', 'Xứ đạo, họ an toàn về ANTT'],
  ['ca7a1000-0000-4000-8000-010000000002', 'model_type', 'DONG_HO_HIEU_HOC', 'Dòng họ hiếu học, an toàn về ANTT'],
  ['ca7a1000-0000-4000-8000-010000000003', 'model_type', 'XOM_LIEN_GIA', 'Xóm liên gia tự quản về ANTT'],
  ['ca7a1000-0000-4000-8000-010000000004', 'model_type', 'TIENG_KENG', 'Tiếng kẻng an ninh'],
  ['ca7a1000-0000-4000-8000-010000000005', 'model_type', 'TU_QUAN_DOAN_THE', 'Tự quản về ANTT do đoàn thể phụ trách'],
  ['ca7a1000-0000-4000-8000-010000000006', 'model_type', 'CUM_LIEN_KET', 'Cụm liên kết về ANTT'],
  ['ca7a1000-0000-4000-8000-010000000007', 'model_type', 'TU_QUAN_TU_PHONG', 'Tự quản, tự phòng ngừa, tự bảo vệ về ANTT'],
  ['ca7a1000-0000-4000-8000-010000000008', 'model_type', null, 'Camera an ninh'],
  ['ca7a1000-0000-4000-8000-010000000009', 'model_type', null, 'Tổ liên gia tự quản'],
  ['ca7a1000-0000-4000-8000-010000000010', 'model_type', null, 'Tổ liên gia an toàn PCCC'],
  ['ca7a1000-0000-4000-8000-010000000011', 'model_type', null, 'Dòng họ tự quản'],
  ['ca7a1000-0000-4000-8000-010000000012', 'model_type', null, 'Giáo xứ bình yên'],
  ['ca7a1000-0000-4000-8000-010000000013', 'model_type', null, 'Họ đạo 3 không'],
  ['ca7a1000-0000-4000-8000-010000000014', 'model_type', null, 'Cổng rào an ninh'],
  ['ca7a1000-0000-4000-8000-010000000015', 'model_type', null, 'Tổ tuần tra nghĩa vụ'],
  ['ca7a1000-0000-4000-8000-010000000016', 'model_type', null, 'Tổ an ninh tự quản (CCB)'],
  ['ca7a1000-0000-4000-8000-010000000017', 'model_type', null, 'Cụm an ninh liên hoàn'],
  ['ca7a1000-0000-4000-8000-010000000018', 'model_type', null, 'Cụm giáp ranh an toàn'],
  ['ca7a1000-0000-4000-8000-010000000019', 'model_type', null, 'Khu dân cư không có tội phạm, ma túy'],
  ['ca7a1000-0000-4000-8000-010000000020', 'model_type', null, 'Câu lạc bộ pháp luật'],
  ['ca7a1000-0000-4000-8000-010000000021', 'model_type', null, '5 giúp 1'],
  ['ca7a1000-0000-4000-8000-010000000022', 'model_type', null, 'CLB Gia đình phòng, chống tệ nạn xã hội'],
  ['ca7a1000-0000-4000-8000-010000000023', 'model_type', null, 'Tổ dân cử dân nuôi'],
  ['ca7a1000-0000-4000-8000-010000000024', 'model_type', null, 'Zalo an ninh'],
  ['ca7a1000-0000-4000-8000-010000000025', 'model_type', null, 'Tổ Dư luận xã hội'],
  // host_organisation
  ['ca7a1000-0000-4000-8000-020000000001', 'host_organisation', null, 'Mặt trận Tổ quốc Việt Nam'],
  ['ca7a1000-0000-4000-8000-020000000002', 'host_organisation', null, 'Ban công tác Mặt trận'],
  ['ca7a1000-0000-4000-8000-020000000003', 'host_organisation', null, 'Hội Liên hiệp Phụ nữ'],
  ['ca7a1000-0000-4000-8000-020000000004', 'host_organisation', null, 'Đoàn TNCS Hồ Chí Minh'],
  ['ca7a1000-0000-4000-8000-020000000005', 'host_organisation', null, 'Hội Nông dân'],
  ['ca7a1000-0000-4000-8000-020000000006', 'host_organisation', null, 'Hội Cựu chiến binh'],
  ['ca7a1000-0000-4000-8000-020000000007', 'host_organisation', null, 'Công đoàn'],
  ['ca7a1000-0000-4000-8000-020000000008', 'host_organisation', null, 'Hội Người cao tuổi'],
  ['ca7a1000-0000-4000-8000-020000000009', 'host_organisation', null, 'Hội Chữ thập đỏ'],
  ['ca7a1000-0000-4000-8000-020000000010', 'host_organisation', null, 'Hội Khuyến học'],
  ['ca7a1000-0000-4000-8000-020000000011', 'host_organisation', null, 'Hội Cựu thanh niên xung phong'],
  ['ca7a1000-0000-4000-8000-020000000012', 'host_organisation', 'CONG_AN', 'Công an'],
  ['ca7a1000-0000-4000-8000-020000000013', 'host_organisation', 'CHINH_QUYEN', 'Chính quyền địa phương'],
  // session_form
  ['ca7a1000-0000-4000-8000-030000000001', 'session_form', 'TUYEN_TRUYEN', 'Tuyên truyền'],
  ['ca7a1000-0000-4000-8000-030000000002', 'session_form', 'NOI_CHUYEN_CHUYEN_DE', 'Nói chuyện chuyên đề'],
  ['ca7a1000-0000-4000-8000-030000000003', 'session_form', 'KY_CAM_KET', 'Hội nghị ký cam kết'],
  ['ca7a1000-0000-4000-8000-030000000004', 'session_form', null, 'Hội nghị tuyên truyền'],
  ['ca7a1000-0000-4000-8000-030000000005', 'session_form', null, 'Tuyên truyền lưu động'],
  ['ca7a1000-0000-4000-8000-030000000006', 'session_form', null, 'Thi tìm hiểu pháp luật'],
  ['ca7a1000-0000-4000-8000-030000000007', 'session_form', null, 'Loa truyền thanh, đài nội bộ'],
  ['ca7a1000-0000-4000-8000-030000000008', 'session_form', null, 'Pa nô, áp phích, tờ rơi'],
  ['ca7a1000-0000-4000-8000-030000000009', 'session_form', null, 'Mạng xã hội'],
  ['ca7a1000-0000-4000-8000-030000000010', 'session_form', null, 'Xây dựng quy ước, hương ước'],
  // venue_kind
  ['ca7a1000-0000-4000-8000-040000000001', 'venue_kind', 'CO_QUAN', 'Cơ quan'],
  ['ca7a1000-0000-4000-8000-040000000002', 'venue_kind', 'DOANH_NGHIEP', 'Doanh nghiệp'],
  ['ca7a1000-0000-4000-8000-040000000003', 'venue_kind', 'TRUONG_HOC', 'Trường học'],
  ['ca7a1000-0000-4000-8000-040000000004', 'venue_kind', 'KHU_DAN_CU', 'Khu dân cư'],
  // award_form
  ['ca7a1000-0000-4000-8000-050000000001', 'award_form', 'CO_THI_DUA', 'Cờ thi đua'],
  ['ca7a1000-0000-4000-8000-050000000002', 'award_form', 'BANG_KHEN', 'Bằng khen'],
  ['ca7a1000-0000-4000-8000-050000000003', 'award_form', 'GIAY_KHEN', 'Giấy khen'],
  ['ca7a1000-0000-4000-8000-050000000004', 'award_form', 'KY_NIEM_CHUONG', 'Kỷ niệm chương'],
  // awarding_authority
  ['ca7a1000-0000-4000-8000-060000000001', 'awarding_authority', 'BO_TRUONG_BCA', 'Bộ trưởng Bộ Công an'],
  ['ca7a1000-0000-4000-8000-060000000002', 'awarding_authority', 'CHU_TICH_UBND_TINH', 'Chủ tịch UBND tỉnh'],
  ['ca7a1000-0000-4000-8000-060000000003', 'awarding_authority', 'GIAM_DOC_CA_TINH', 'Giám đốc Công an tỉnh'],
  // occasion
  ['ca7a1000-0000-4000-8000-070000000001', 'occasion', 'TONG_KET_NAM', 'Tổng kết năm'],
  ['ca7a1000-0000-4000-8000-070000000002', 'occasion', 'NGAY_HOI_19_8', 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8)'],
  ['ca7a1000-0000-4000-8000-070000000003', 'occasion', 'DOT_XUAT', 'Đột xuất, chuyên đề'],
];

/** Fixed time for seeded rows: the migration must produce identical files everywhere. */
const SEEDED_AT = '2026-01-01T00:00:00.000Z';

function sqlText(value: string | null): string {
  return value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`;
}

function seedSql(): string {
  const order = new Map<string, number>();
  return CATALOGUE_SEED.map(([id, catalogue, code, name]) => {
    const n = (order.get(catalogue) ?? 0) + 1;
    order.set(catalogue, n);
    const values = [
      sqlText(id),
      sqlText(catalogue),
      sqlText(code),
      sqlText(name),
      sqlText(foldForSearch(name)),
      String(n * 10),
      sqlText(SEEDED_AT),
      sqlText(SEEDED_AT),
    ];
    return `INSERT INTO catalogue_entries (id, catalogue, code, name, name_search, sort_order, created_at, updated_at) VALUES (${values.join(', ')});`;
  }).join('\n');
}

/** Migration 11: the seeded catalogue entries. */
export const catalogueSeedMigration: Migration = { version: 11, name: 'catalogue seed', sql: seedSql() };

/** The fixed id of a seeded entry by its code, e.g. seededEntryId('award_form', 'BANG_KHEN'). */
export function seededEntryId(catalogue: Catalogue, code: string): string {
  const row = CATALOGUE_SEED.find((r) => r[1] === catalogue && r[2] === code);
  if (!row) throw new Error(`no seeded ${catalogue} entry with code ${code}`);
  return row[0];
}
