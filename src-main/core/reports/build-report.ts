import { AppError, fieldError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { nameOrigin } from '../records/record-origin.repo';
import { findProvinceId, loadUnitTree } from '../units';
import { collectFigures, REGISTRATION_KINDS } from './figures';
import { indicatorTable } from './indicator-table';
import { narrate } from './narrative';
import { previousYearPeriod, resolvePeriod, type PeriodInput, type ResolvedPeriod } from './period';
import { compare, type Indicator, type Report, type ReportScope } from './report';
import { layoutUnits, validAt, type UnitLayout, type UnitNode } from './unit-layout';
import { buildUnitTable, type FigureColumn } from './unit-table';
import { ratePercent, viNumber } from './vi-number';

/** The columns of the table by unit (1, 2, …), grouped under the merged first header row. */
export const UNIT_COLUMNS: readonly FigureColumn[] = [
  { key: 'modelsExisting', header: 'Hiện có', group: 'Mô hình' },
  { key: 'modelsNew', header: 'Mới trong kỳ', group: 'Mô hình' },
  { key: 'sessions', header: 'Số buổi', group: 'Tuyên truyền' },
  { key: 'attendees', header: 'Lượt người dự', group: 'Tuyên truyền' },
  { key: 'households', header: 'Hộ ký cam kết', group: 'Tuyên truyền' },
  { key: 'tips', header: 'Tin báo', group: 'Kết quả' },
  { key: 'valuable', header: 'Tin có giá trị', group: 'Kết quả' },
  { key: 'cases', header: 'Vụ án khám phá', group: 'Kết quả' },
  { key: 'arrests', header: 'Đối tượng bắt', group: 'Kết quả' },
  { key: 'kdcRegistered', header: 'KDC đăng ký', group: 'An toàn về ANTT' },
  { key: 'kdcRecognised', header: 'KDC công nhận', group: 'An toàn về ANTT' },
  { key: 'communeRegistered', header: 'Xã đăng ký', group: 'An toàn về ANTT' },
  { key: 'communeRecognised', header: 'Xã công nhận', group: 'An toàn về ANTT' },
  { key: 'orgRegistered', header: 'CQ, DN, NT đăng ký', group: 'An toàn về ANTT' },
  { key: 'orgRecognised', header: 'CQ, DN, NT công nhận', group: 'An toàn về ANTT' },
];

// Breakdown lines (by type, form, venue, award) with nothing in either period are left out of the tables.
const BREAKDOWN = /^(models\.(existing|new)|sessions\.(form|venue|venueAttendees)|commendations)\./;

export interface ReportRequest {
  period: PeriodInput;
  /** The province when absent. */
  unitId?: string;
  /** Only the records of one office (its id), or 'own' (this office's); all when absent. */
  origin?: string | undefined;
}

function rateIndicators(indicators: Indicator[]): Indicator[] {
  const by = new Map(indicators.map((i) => [i.key, i]));
  const out: Indicator[] = [];
  for (const i of indicators) {
    out.push(i);
    const m = /^registrations\.(\w+)\.recognised$/.exec(i.key);
    if (!m) continue;
    const reg = by.get(`registrations.${m[1]}.registered`)!;
    i.ratio = `${viNumber(i.value)}/${viNumber(reg.value)}`;
    const label = REGISTRATION_KINDS.find((k) => k.key === m[1])!.label;
    const rate = ratePercent(i.value, reg.value) ?? 0;
    const prevRate = ratePercent(i.previous, reg.previous) ?? 0;
    out.push({
      ...compare(`registrations.${m[1]}.rate`, i.group, `Tỷ lệ ${label.toLowerCase()} được công nhận`, '%', rate, prevRate),
      change: Math.round((rate - prevRate) * 10) / 10,
    });
  }
  return out;
}

/** The whole report (báo cáo) for a period and scope: figures from SQL, beside the year earlier. */
export function buildReport(db: ReadDb, req: ReportRequest): Report {
  return prepareReport(db, req).report;
}

/** The period and scope a request names, checked; the report's figures are not read. */
export function resolveReportScope(db: ReadDb, req: ReportRequest): { period: ResolvedPeriod; scope: ReportScope; units: UnitNode[] } {
  const period = resolvePeriod(req.period);
  if (!period)
    throw fieldError(['period'], 'Khoảng thời gian báo cáo không hợp lệ: "từ ngày" phải là ngày có thật và không sau "đến ngày".');
  const units = loadUnitTree(db);
  const scopeId = req.unitId ?? findProvinceId(db, period.to);
  const scopeUnit = units.find((u) => u.id === scopeId);
  if (!scopeId || !scopeUnit) throw new AppError('NOT_FOUND', 'Chưa có đơn vị cấp tỉnh hoặc không tìm thấy đơn vị đã chọn để lập báo cáo.');
  if (!validAt(scopeUnit, period.to)) {
    throw fieldError(['unitId'], `Đơn vị "${scopeUnit.name}" không còn tồn tại vào cuối kỳ báo cáo; hãy chọn đơn vị kế thừa.`);
  }
  return { period, scope: { unitId: scopeUnit.id, name: scopeUnit.name, kind: scopeUnit.kind }, units };
}

/** The report and the unit layout it was built on (the detail sheets filter by the same scope). */
export function prepareReport(db: ReadDb, req: ReportRequest): { report: Report; layout: UnitLayout } {
  const { period, scope, units } = resolveReportScope(db, req);
  const named = nameOrigin(db, req);
  const origin = named?.id;
  const previous = previousYearPeriod(period);
  const layout = layoutUnits(units, scope.unitId, period.to);
  const kinds = new Map(units.map((u) => [u.id, u.kind]));
  const kindOf = (id: string) => kinds.get(id);
  const cur = collectFigures(db, layout, { ...period, origin }, kindOf);
  const prev = collectFigures(db, layout, { ...previous, origin }, kindOf);
  const defs = new Map([...prev.defs, ...cur.defs]);
  const ordered = [...defs.values()].sort((a, b) => a.order - b.order);
  const indicators = rateIndicators(
    ordered
      .map((d) => compare(d.key, d.group, d.label, d.unit, cur.totals.get(d.key) ?? 0, prev.totals.get(d.key) ?? 0))
      .filter((i) => i.value !== 0 || i.previous !== 0 || !BREAKDOWN.test(i.key)),
  );
  const previousHasData = indicators.some((i) => i.previous !== 0);
  const report: Report = {
    period,
    previous,
    scope,
    origin: named,
    indicators,
    hasData: indicators.some((i) => i.value !== 0),
    previousHasData,
    unitTable: buildUnitTable(
      `Kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc theo đơn vị – ${period.label}`,
      layout,
      UNIT_COLUMNS,
      cur.rows,
    ),
    indicatorTable: indicatorTable(`Các chỉ tiêu so với cùng kỳ – ${period.label}`, indicators, period.label, previous.label),
    narrative: narrate(period, scope, indicators, previousHasData, named),
  };
  return { report, layout };
}
