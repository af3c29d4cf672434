import { catalogueNames } from '../catalogues';
import { commendationCounts } from '../commendations';
import type { ReadDb } from '../db/types';
import type { OriginScope } from '../records';
import { modelCounts } from '../models';
import { outcomeSums } from '../outcomes';
import { registrationCountsByUnit } from '../registrations';
import { sessionCounts } from '../sessions';
import type { ResolvedPeriod } from './period';
import type { UnitLayout } from './unit-layout';
import { addFigures, type RowFigures } from './unit-table';

/**
 * The figures come from each domain's own figures queries (<domain>-figures.repo.ts), which aggregate
 * in SQLite by unit and breakdown; this file maps the grouped rows to report rows and indicators.
 */
// `origin` narrows the figures to one office's records ('own': this office's), for the province's check
// of what each district sent. Commendations travel only in a province's copy for the Ministry, so at a
// province only 'own' has them; at the Ministry each province's are filtered like its other records.
type DateRange = Pick<ResolvedPeriod, 'from' | 'to'> & OriginScope;

/** One indicator's identity; `order` keeps indicators in report order whatever their values. */
export interface IndicatorDef {
  key: string;
  group: string;
  label: string;
  unit: string;
  order: number;
}

/** A period's figures: per report row (the table by unit) and as indicator totals over the scope. */
export interface PeriodFigures {
  rows: RowFigures;
  totals: Map<string, number>;
  defs: Map<string, IndicatorDef>;
}

export const GROUPS = {
  models: 'Xây dựng mô hình',
  sessions: 'Tuyên truyền, vận động',
  outcomes: 'Kết quả phát hiện, tố giác tội phạm',
  registrations: 'Đăng ký, công nhận "An toàn về ANTT"',
  commendations: 'Khen thưởng',
} as const;

/** Unit kinds of safety registrations, in report order. */
export const REGISTRATION_KINDS = [
  { kind: 'residential_area', key: 'kdc', label: 'Khu dân cư', unit: 'khu dân cư' },
  { kind: 'commune', key: 'commune', label: 'Xã, phường, thị trấn', unit: 'xã, phường' },
  { kind: 'organisation', key: 'org', label: 'Cơ quan, doanh nghiệp, nhà trường', unit: 'đơn vị' },
] as const;

class Collector {
  readonly out: PeriodFigures = { rows: new Map(), totals: new Map(), defs: new Map() };
  constructor(
    readonly layout: UnitLayout,
    readonly names: Map<string, { name: string; order: number }>,
  ) {}

  inScope(unitId: string | null): boolean {
    return unitId === null ? this.layout.scope.parentId === null : this.layout.rowOf(unitId) !== null;
  }
  row(unitId: string, figures: Record<string, number>): void {
    addFigures(this.layout, this.out.rows, unitId, figures);
  }
  add(def: Omit<IndicatorDef, 'order'>, order: number, value: number): void {
    if (!this.out.defs.has(def.key)) this.out.defs.set(def.key, { ...def, order });
    this.out.totals.set(def.key, (this.out.totals.get(def.key) ?? 0) + value);
  }
  nameOf(id: string): string {
    return this.names.get(id)?.name ?? '(không rõ)';
  }
  orderOf(id: string): number {
    return this.names.get(id)?.order ?? 999;
  }
}

function collectModels(db: ReadDb, c: Collector, r: DateRange): void {
  const g = GROUPS.models;
  for (const m of modelCounts(db, r)) {
    if (!c.inScope(m.unit_id)) continue;
    c.row(m.unit_id, { modelsExisting: m.existing, modelsNew: m.founded });
    c.add({ key: 'models.existing', group: g, label: 'Tổng số mô hình hiện có', unit: 'mô hình' }, 1000, m.existing);
    c.add(
      { key: `models.existing.${m.type_id}`, group: g, label: `Mô hình "${c.nameOf(m.type_id)}"`, unit: 'mô hình' },
      1001 + c.orderOf(m.type_id),
      m.existing,
    );
    c.add({ key: 'models.new', group: g, label: 'Mô hình mới xây dựng trong kỳ', unit: 'mô hình' }, 2000, m.founded);
    c.add(
      { key: `models.new.${m.type_id}`, group: g, label: `Mô hình mới "${c.nameOf(m.type_id)}"`, unit: 'mô hình' },
      2001 + c.orderOf(m.type_id),
      m.founded,
    );
    c.add({ key: 'models.dissolved', group: g, label: 'Mô hình giải thể trong kỳ', unit: 'mô hình' }, 3000, m.dissolved);
  }
}

function collectSessions(db: ReadDb, c: Collector, r: DateRange): void {
  const g = GROUPS.sessions;
  for (const s of sessionCounts(db, r)) {
    if (!c.inScope(s.unit_id)) continue;
    c.row(s.unit_id, { sessions: s.sessions, attendees: s.attendees, households: s.households });
    c.add({ key: 'sessions', group: g, label: 'Số buổi tuyên truyền, nói chuyện chuyên đề', unit: 'buổi' }, 4000, s.sessions);
    c.add({ key: 'sessions.attendees', group: g, label: 'Số lượt người tham dự', unit: 'lượt người' }, 4001, s.attendees);
    c.add({ key: 'sessions.households', group: g, label: 'Số hộ gia đình ký cam kết', unit: 'hộ' }, 4002, s.households);
    c.add(
      { key: `sessions.form.${s.form_id}`, group: g, label: `Hình thức "${c.nameOf(s.form_id)}"`, unit: 'buổi' },
      4100 + c.orderOf(s.form_id),
      s.sessions,
    );
    const venue = c.nameOf(s.venue_kind_id);
    c.add(
      { key: `sessions.venue.${s.venue_kind_id}`, group: g, label: `Tại ${venue.toLowerCase()}`, unit: 'buổi' },
      4500 + 2 * c.orderOf(s.venue_kind_id),
      s.sessions,
    );
    c.add(
      {
        key: `sessions.venueAttendees.${s.venue_kind_id}`,
        group: g,
        label: `Lượt người dự tại ${venue.toLowerCase()}`,
        unit: 'lượt người',
      },
      4501 + 2 * c.orderOf(s.venue_kind_id),
      s.attendees,
    );
  }
}

function collectOutcomes(db: ReadDb, c: Collector, r: DateRange): void {
  const g = GROUPS.outcomes;
  for (const o of outcomeSums(db, r)) {
    if (!c.inScope(o.unit_id)) continue;
    c.row(o.unit_id, { tips: o.tips, valuable: o.valuable, cases: o.cases, arrests: o.arrests });
    c.add({ key: 'outcomes.tips', group: g, label: 'Tin báo, tố giác của quần chúng', unit: 'tin' }, 5000, o.tips);
    c.add({ key: 'outcomes.valuable', group: g, label: 'Tin có giá trị', unit: 'tin' }, 5001, o.valuable);
    c.add({ key: 'outcomes.cases', group: g, label: 'Vụ án điều tra, khám phá từ tin báo', unit: 'vụ' }, 5002, o.cases);
    c.add({ key: 'outcomes.arrests', group: g, label: 'Đối tượng bị bắt giữ', unit: 'đối tượng' }, 5003, o.arrests);
    c.add({ key: 'outcomes.weapons', group: g, label: 'Vũ khí, vật liệu nổ thu hồi', unit: 'khẩu, quả' }, 5004, o.weapons);
  }
}

function collectRegistrations(db: ReadDb, c: Collector, r: DateRange, kindOf: (unitId: string) => string | undefined): void {
  const g = GROUPS.registrations;
  REGISTRATION_KINDS.forEach((k, i) => {
    // Every kind appears, even at zero, so the table's shape does not depend on the data.
    c.add({ key: `registrations.${k.key}.registered`, group: g, label: `${k.label} đăng ký`, unit: k.unit }, 6000 + 10 * i, 0);
    c.add({ key: `registrations.${k.key}.recognised`, group: g, label: `${k.label} được công nhận`, unit: k.unit }, 6001 + 10 * i, 0);
  });
  for (const reg of registrationCountsByUnit(db, r)) {
    const k = REGISTRATION_KINDS.find((x) => x.kind === kindOf(reg.unit_id));
    if (!k || !c.inScope(reg.unit_id)) continue;
    c.row(reg.unit_id, { [`${k.key}Registered`]: reg.registered, [`${k.key}Recognised`]: reg.recognised });
    c.add({ key: `registrations.${k.key}.registered`, group: g, label: '', unit: '' }, 0, reg.registered);
    c.add({ key: `registrations.${k.key}.recognised`, group: g, label: '', unit: '' }, 0, reg.recognised);
  }
}

function collectCommendations(db: ReadDb, c: Collector, r: DateRange): void {
  const g = GROUPS.commendations;
  for (const k of commendationCounts(db, r)) {
    if (!c.inScope(k.unit_id)) continue;
    const who = k.kind === 'collective' ? 'tập thể' : 'cá nhân';
    const order = 7100 + 100 * c.orderOf(k.award_form_id) + 10 * c.orderOf(k.authority_id) + (k.kind === 'collective' ? 0 : 1);
    c.add({ key: 'commendations', group: g, label: 'Tổng số tập thể, cá nhân được khen thưởng', unit: 'lượt' }, 7000, k.recipients);
    c.add(
      {
        key: `commendations.${k.award_form_id}.${k.authority_id}.${k.kind}`,
        group: g,
        label: `${c.nameOf(k.award_form_id)} của ${c.nameOf(k.authority_id)} cho ${who}`,
        unit: who === 'tập thể' ? 'tập thể' : 'cá nhân',
      },
      order,
      k.recipients,
    );
  }
}

/** Every figure of one period, over the layout's scope. */
export function collectFigures(
  db: ReadDb,
  layout: UnitLayout,
  r: DateRange,
  kindOf: (unitId: string) => string | undefined,
): PeriodFigures {
  const names = new Map(catalogueNames(db).map((n) => [n.id, { name: n.name, order: n.sort_order }]));
  const c = new Collector(layout, names);
  collectModels(db, c, r);
  collectSessions(db, c, r);
  collectOutcomes(db, c, r);
  collectRegistrations(db, c, r, kindOf);
  collectCommendations(db, c, r);
  return c.out;
}
