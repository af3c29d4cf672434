import type { ChartOption } from '../../components/chart/Chart';
import { formatVnNumber } from '../../../src-main/shared/vn-number';
import type { Dashboard } from './overviewStore';

const CURRENT = '#1f4e79';
const PREVIOUS = '#a9c4e4';
const vi = (v: unknown) => formatVnNumber(Number(v));
const valueAxis = { type: 'value' as const, axisLabel: { formatter: vi } };
const tooltip = { trigger: 'axis' as const, valueFormatter: (v: unknown) => vi(v) };

/** Models by type, this year beside last year (horizontal bars). */
export function modelsByTypeOption(d: Dashboard): ChartOption {
  return {
    color: [CURRENT, PREVIOUS],
    tooltip,
    legend: { bottom: 0 },
    grid: { left: 180, right: 40, top: 10, bottom: 36 },
    xAxis: valueAxis,
    yAxis: { type: 'category', inverse: true, data: d.modelsByType.map((m) => m.label), axisLabel: { width: 170, overflow: 'truncate' } },
    series: [
      {
        name: d.periodLabel,
        type: 'bar',
        data: d.modelsByType.map((m) => m.value),
        label: { show: true, position: 'right', formatter: (p) => vi(p.value) },
      },
      { name: d.previousLabel, type: 'bar', data: d.modelsByType.map((m) => m.previous ?? 0) },
    ],
  };
}

/** Sessions per month, this year and the same months last year. */
export function sessionsPerMonthOption(d: Dashboard): ChartOption {
  return {
    color: [CURRENT, PREVIOUS],
    tooltip,
    legend: { bottom: 0 },
    grid: { left: 56, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: d.sessionsPerMonth.map((m) => m.label) },
    yAxis: valueAxis,
    series: [
      { name: d.periodLabel, type: 'bar', data: d.sessionsPerMonth.map((m) => m.value) },
      { name: d.previousLabel, type: 'bar', data: d.sessionsPerMonth.map((m) => m.previous ?? 0) },
    ],
  };
}

/** Tips, cases and arrests over the years (lines). */
export function outcomesByYearOption(d: Dashboard): ChartOption {
  const years = d.outcomesByYear.map((y) => y.year);
  return {
    color: ['#1f4e79', '#c8102e', '#e0a100'],
    tooltip,
    legend: { bottom: 0 },
    grid: { left: 56, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: years },
    yAxis: valueAxis,
    series: [
      { name: 'Tin báo', type: 'line', data: d.outcomesByYear.map((y) => y.tips) },
      { name: 'Vụ án khám phá', type: 'line', data: d.outcomesByYear.map((y) => y.cases) },
      { name: 'Đối tượng bắt', type: 'line', data: d.outcomesByYear.map((y) => y.arrests) },
    ],
  };
}

/** Share of registered residential areas recognised, per unit (%). */
export function registrationRateOption(d: Dashboard): ChartOption {
  const rows = d.registrationRateByUnit;
  return {
    color: [CURRENT],
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${vi(v)}%` },
    grid: { left: 180, right: 48, top: 10, bottom: 24 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: (v: number) => `${v}%` } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.unit), axisLabel: { width: 170, overflow: 'truncate' } },
    series: [
      {
        name: 'Tỷ lệ KDC được công nhận',
        type: 'bar',
        data: rows.map((r) => r.rate ?? 0),
        label: { show: true, position: 'right', formatter: (p) => `${vi(p.value)}%` },
      },
    ],
  };
}
