import { catalogueNames } from '../catalogues';
import { commendationDetails } from '../commendations';
import type { BatchKey, DetailBatch } from '../db/keyset-batch';
import type { ReadDb } from '../db/types';
import type { NamedOrigin, OriginScope } from '../records/record-origin.repo';
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

/** One page of a kind's records in the period, of every office or only of the report's origin. */
type Fetch<T> = (db: ReadDb, period: ResolvedPeriod & OriginScope, after: BatchKey | null, limit: number) => DetailBatch<T>;

/** What the sheets' cells are written with: names of units and catalogue entries, the report's period. */
interface SheetContext {
  period: ResolvedPeriod;
  /** Only this office's records ('own' or a registered office's id); every office's when absent. */
  origin: string | undefined;
  unitName: (id: string) => string;
  unitKind: (id: string) => string;
  entry: (id: string) => string;
}

/** One detail sheet as data: its columns, where its rows come from and how a row becomes cells. */
interface SheetSpec<T> {
  name: string;
  title: string;
  /** A line printed under the common filters, saying which records the sheet holds. */
  scope?: (period: ResolvedPeriod) => string;
  /** Header, width in characters, and kind when not text. */
  columns: readonly [string, number, DetailColumn['kind']?][];
  fetch: Fetch<T & { unit_id: string | null }>;
  cells: (row: T, c: SheetContext) => DetailCell[];
}

const spec = <T>(s: SheetSpec<T>): SheetSpec<unknown> => s as SheetSpec<unknown>;

const SHEETS: readonly SheetSpec<unknown>[] = [
  spec({
    name: 'Mô hình',
    title: 'Danh sách mô hình',
    scope: (p) => `Mô hình đang có vào ngày ${viDate(p.to)} (không gồm mô hình đã giải thể)`,
    columns: [
      ['Tên mô hình', 34],
      ['Loại mô hình', 30],
      ['Đơn vị', 24],
      ['Ngày thành lập', 13, 'date'],
      ['Trạng thái', 15],
      ['Số điểm', 9, 'number'],
      ['Số tổ', 9, 'number'],
      ['Thành viên', 10, 'number'],
    ],
    fetch: modelDetails,
    cells: (m, c) => [
      m.name,
      c.entry(m.type_id),
      c.unitName(m.unit_id),
      m.founded_on,
      STATUS[m.status] ?? m.status,
      m.sites,
      m.teams,
      m.members,
    ],
  }),
  spec({
    name: 'Mô hình giải thể',
    title: 'Danh sách mô hình giải thể trong kỳ',
    scope: (p) => `Mô hình giải thể từ ngày ${viDate(p.from)} đến ngày ${viDate(p.to)}`,
    columns: [
      ['Tên mô hình', 34],
      ['Loại mô hình', 30],
      ['Đơn vị', 24],
      ['Ngày thành lập', 13, 'date'],
      ['Ngày giải thể', 13, 'date'],
      ['Số điểm', 9, 'number'],
      ['Số tổ', 9, 'number'],
      ['Thành viên', 10, 'number'],
    ],
    fetch: dissolvedModelDetails,
    cells: (m, c) => [m.name, c.entry(m.type_id), c.unitName(m.unit_id), m.founded_on, m.dissolved_on, m.sites, m.teams, m.members],
  }),
  spec({
    name: 'Buổi tuyên truyền',
    title: 'Danh sách buổi tuyên truyền, nói chuyện chuyên đề',
    columns: [
      ['Ngày', 12, 'date'],
      ['Đơn vị', 24],
      ['Địa điểm', 14],
      ['Hình thức', 20],
      ['Nội dung', 36],
      ['Báo cáo viên', 20],
      ['Người dự', 10, 'number'],
      ['Hộ ký cam kết', 10, 'number'],
    ],
    fetch: sessionDetails,
    cells: (s, c) => [
      s.held_on,
      c.unitName(s.unit_id),
      c.entry(s.venue_kind_id),
      c.entry(s.form_id),
      s.topic,
      s.presenter,
      s.attendees,
      s.households,
    ],
  }),
  spec({
    name: 'Kết quả',
    title: 'Kết quả tin báo, khám phá án theo tháng',
    columns: [
      ['Tháng', 9],
      ['Đơn vị', 28],
      ['Tin báo', 10, 'number'],
      ['Tin có giá trị', 11, 'number'],
      ['Vụ án khám phá', 11, 'number'],
      ['Đối tượng bắt', 11, 'number'],
      ['Vũ khí, VLN', 11, 'number'],
    ],
    fetch: outcomeDetails,
    cells: (o, c) => [
      `${o.period.slice(5, 7)}/${o.period.slice(0, 4)}`,
      c.unitName(o.unit_id),
      o.tips,
      o.valuable,
      o.cases,
      o.arrests,
      o.weapons,
    ],
  }),
  spec({
    name: 'Đăng ký ANTT',
    title: 'Đăng ký, công nhận "An toàn về ANTT"',
    scope: (p) => `Năm đăng ký ${p.to.slice(0, 4)}, đăng ký đến ngày ${viDate(p.to)}`,
    columns: [
      ['Năm', 7, 'year'],
      ['Đơn vị', 30],
      ['Loại', 22],
      ['Ngày đăng ký', 12, 'date'],
      ['Kết quả', 13],
      ['Số quyết định', 14],
      ['Ngày quyết định', 12, 'date'],
      ['Cơ quan công nhận', 20],
    ],
    fetch: registrationDetails,
    cells: (g, c) => [
      g.year,
      c.unitName(g.unit_id),
      KIND[c.unitKind(g.unit_id)] ?? '',
      g.registered_on,
      ASSESSMENT[g.assessment] ?? g.assessment,
      g.decision_number,
      g.decision_date,
      g.recognised_by,
    ],
  }),
  spec({
    name: 'Khen thưởng',
    title: 'Danh sách tập thể, cá nhân được khen thưởng',
    columns: [
      ['Số quyết định', 16],
      ['Ngày', 12, 'date'],
      ['Hình thức', 16],
      ['Cấp khen', 24],
      ['Đối tượng', 10],
      ['Tên tập thể, cá nhân', 30],
      ['Đơn vị', 28],
    ],
    fetch: commendationDetails,
    cells: (k) => [
      k.symbol ? `${k.number}/${k.symbol}` : k.number,
      k.signed_on,
      k.form,
      k.authority,
      KIND[k.kind] ?? k.kind,
      k.name,
      k.unit_name,
    ],
  }),
];

/** Batches of one record kind, keeping only rows whose unit lies in the report's scope. */
function batches<T>(db: ReadDb, layout: UnitLayout, s: SheetSpec<T>, c: SheetContext): () => Iterable<DetailCell[][]> {
  return function* () {
    let after: BatchKey | null = null;
    do {
      const batch = s.fetch(db, { ...c.period, origin: c.origin }, after, BATCH);
      yield batch.rows.filter((r) => r.unit_id === null || layout.rowOf(r.unit_id) !== null).map((r) => s.cells(r, c));
      after = batch.next;
    } while (after);
  };
}

/**
 * One detail sheet per record kind, with the filters used printed above it. `db` must stay readable
 * while the workbook is written (the store, not a call's transaction).
 */
export function detailSheets(
  db: ReadDb,
  layout: UnitLayout,
  period: ResolvedPeriod,
  scopeName: string,
  origin: NamedOrigin | null = null,
): DetailSheet[] {
  const units = new Map(loadUnitTree(db).map((u) => [u.id, u]));
  const entries = new Map(catalogueNames(db).map((c) => [c.id, c.name]));
  const context: SheetContext = {
    period,
    origin: origin?.id,
    unitName: (id) => units.get(id)?.name ?? '',
    unitKind: (id) => units.get(id)?.kind ?? '',
    entry: (id) => entries.get(id) ?? '',
  };
  const filters = [`Kỳ báo cáo: ${periodWithDates(period)}`, `Phạm vi: ${scopeName}`];
  if (origin) filters.push(`Nguồn số liệu: ${origin.name}`);
  return SHEETS.map((s) => ({
    name: s.name,
    title: s.title,
    filters: s.scope ? [...filters, s.scope(period)] : filters,
    columns: s.columns.map(([header, width, kind]) => ({ header, width, kind: kind ?? 'text' })),
    batches: batches(db, layout, s, context),
  }));
}
