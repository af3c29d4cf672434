import { catalogueNames } from '../catalogues';
import { commendationDetails } from '../commendations';
import type { BatchKey, DetailBatch } from '../db/keyset-batch';
import type { ReadDb } from '../db/types';
import type { DetailCell, DetailColumn, DetailSheet } from '../exporters/detail-sheet';
import { dissolvedModelDetails, modelDetails } from '../models';
import { outcomeDetails } from '../outcomes';
import { registrationDetails } from '../registrations';
import { sessionDetails } from '../sessions';
import { loadUnitTree } from '../units';
import { formatVnDate as viDate } from '../../shared/vn-date';
import { periodWithDates, type ResolvedPeriod } from './period';
import type { UnitLayout } from './unit-layout';

const BATCH = 5000;

const STATUS: Record<string, string> = { active: 'Đang hoạt động', suspended: 'Tạm dừng', dissolved: 'Đã giải thể' };
const ASSESSMENT: Record<string, string> = { passed: 'Đạt', failed: 'Chưa đạt', pending: 'Chưa đánh giá' };
const KIND: Record<string, string> = {
  residential_area: 'Khu dân cư',
  commune: 'Xã, phường, thị trấn',
  organisation: 'Cơ quan, DN, nhà trường',
  collective: 'Tập thể',
  individual: 'Cá nhân',
};

type Fetch<T> = (db: ReadDb, after: BatchKey | null, limit: number) => DetailBatch<T>;

/** Batches of one record kind, keeping only rows whose unit lies in the report's scope. */
function batches<T>(db: ReadDb, layout: UnitLayout, fetch: Fetch<T>, toCells: (row: T) => DetailCell[]): () => Iterable<DetailCell[][]> {
  return function* () {
    let after: BatchKey | null = null;
    do {
      const batch: DetailBatch<T> = fetch(db, after, BATCH);
      yield batch.rows.filter((r) => r.unit_id === null || layout.rowOf(r.unit_id) !== null).map(toCells);
      after = batch.next;
    } while (after);
  };
}

const col = (header: string, width: number, kind: DetailColumn['kind'] = 'text'): DetailColumn => ({ header, width, kind });

/**
 * One detail sheet per record kind, with the filters used printed above it. `db` must stay readable
 * while the workbook is written (the store, not a call's transaction).
 */
export function detailSheets(db: ReadDb, layout: UnitLayout, period: ResolvedPeriod, scopeName: string): DetailSheet[] {
  const units = new Map(loadUnitTree(db).map((u) => [u.id, u]));
  const entries = new Map(catalogueNames(db).map((c) => [c.id, c.name]));
  const unitName = (id: string) => units.get(id)?.name ?? '';
  const entry = (id: string) => entries.get(id) ?? '';
  const filters = [`Kỳ báo cáo: ${periodWithDates(period)}`, `Phạm vi: ${scopeName}`];
  return [
    {
      name: 'Mô hình',
      title: 'Danh sách mô hình',
      filters: [...filters, `Mô hình đang có vào ngày ${viDate(period.to)} (không gồm mô hình đã giải thể)`],
      columns: [
        col('Tên mô hình', 34),
        col('Loại mô hình', 30),
        col('Đơn vị', 24),
        col('Ngày thành lập', 13, 'date'),
        col('Trạng thái', 15),
        col('Số điểm', 9, 'number'),
        col('Số tổ', 9, 'number'),
        col('Thành viên', 10, 'number'),
      ],
      batches: batches(
        db,
        layout,
        (d, a, l) => modelDetails(d, period, a, l),
        (m) => [m.name, entry(m.type_id), unitName(m.unit_id), m.founded_on, STATUS[m.status] ?? m.status, m.sites, m.teams, m.members],
      ),
    },
    {
      name: 'Mô hình giải thể',
      title: 'Danh sách mô hình giải thể trong kỳ',
      filters: [...filters, `Mô hình giải thể từ ngày ${viDate(period.from)} đến ngày ${viDate(period.to)}`],
      columns: [
        col('Tên mô hình', 34),
        col('Loại mô hình', 30),
        col('Đơn vị', 24),
        col('Ngày thành lập', 13, 'date'),
        col('Ngày giải thể', 13, 'date'),
        col('Số điểm', 9, 'number'),
        col('Số tổ', 9, 'number'),
        col('Thành viên', 10, 'number'),
      ],
      batches: batches(
        db,
        layout,
        (d, a, l) => dissolvedModelDetails(d, period, a, l),
        (m) => [m.name, entry(m.type_id), unitName(m.unit_id), m.founded_on, m.dissolved_on, m.sites, m.teams, m.members],
      ),
    },
    {
      name: 'Buổi tuyên truyền',
      title: 'Danh sách buổi tuyên truyền, nói chuyện chuyên đề',
      filters,
      columns: [
        col('Ngày', 12, 'date'),
        col('Đơn vị', 24),
        col('Địa điểm', 14),
        col('Hình thức', 20),
        col('Nội dung', 36),
        col('Báo cáo viên', 20),
        col('Người dự', 10, 'number'),
        col('Hộ ký cam kết', 10, 'number'),
      ],
      batches: batches(
        db,
        layout,
        (d, a, l) => sessionDetails(d, period, a, l),
        (s) => [s.held_on, unitName(s.unit_id), entry(s.venue_kind_id), entry(s.form_id), s.topic, s.presenter, s.attendees, s.households],
      ),
    },
    {
      name: 'Kết quả',
      title: 'Kết quả tin báo, khám phá án theo tháng',
      filters,
      columns: [
        col('Tháng', 9),
        col('Đơn vị', 28),
        col('Tin báo', 10, 'number'),
        col('Tin có giá trị', 11, 'number'),
        col('Vụ án khám phá', 11, 'number'),
        col('Đối tượng bắt', 11, 'number'),
        col('Vũ khí, VLN', 11, 'number'),
      ],
      batches: batches(
        db,
        layout,
        (d, a, l) => outcomeDetails(d, period, a, l),
        (o) => [`${o.period.slice(5, 7)}/${o.period.slice(0, 4)}`, unitName(o.unit_id), o.tips, o.valuable, o.cases, o.arrests, o.weapons],
      ),
    },
    {
      name: 'Đăng ký ANTT',
      title: 'Đăng ký, công nhận "An toàn về ANTT"',
      filters: [...filters, `Năm đăng ký ${period.to.slice(0, 4)}, đăng ký đến ngày ${viDate(period.to)}`],
      columns: [
        col('Năm', 7, 'year'),
        col('Đơn vị', 30),
        col('Loại', 22),
        col('Ngày đăng ký', 12, 'date'),
        col('Kết quả', 13),
        col('Số quyết định', 14),
        col('Ngày quyết định', 12, 'date'),
        col('Cơ quan công nhận', 20),
      ],
      batches: batches(
        db,
        layout,
        (d, a, l) => registrationDetails(d, period, a, l),
        (g) => [
          g.year,
          unitName(g.unit_id),
          KIND[units.get(g.unit_id)?.kind ?? ''] ?? '',
          g.registered_on,
          ASSESSMENT[g.assessment] ?? g.assessment,
          g.decision_number,
          g.decision_date,
          g.recognised_by,
        ],
      ),
    },
    {
      name: 'Khen thưởng',
      title: 'Danh sách tập thể, cá nhân được khen thưởng',
      filters,
      columns: [
        col('Số quyết định', 16),
        col('Ngày', 12, 'date'),
        col('Hình thức', 16),
        col('Cấp khen', 24),
        col('Đối tượng', 10),
        col('Tên tập thể, cá nhân', 30),
        col('Đơn vị', 28),
      ],
      batches: batches(
        db,
        layout,
        (d, a, l) => commendationDetails(d, period, a, l),
        (c) => [
          c.symbol ? `${c.number}/${c.symbol}` : c.number,
          c.signed_on,
          c.form,
          c.authority,
          KIND[c.kind] ?? c.kind,
          c.name,
          c.unit_name,
        ],
      ),
    },
  ];
}
