import type { Indicator } from '../reports/report';
import { formatVnNumber } from '../../shared/vn-number';
import { CHART_FONT, renderChartSvg } from './svg-chart';

const BAR_COLORS = ['#1f4e79', '#a9c4e4'];
// Vietnamese grouping (1.275) on axes and bar labels, as everywhere else in the report.
const vi = (v: number | string) => formatVnNumber(Number(v));
const valueAxis = { type: 'value' as const, axisLabel: { fontFamily: CHART_FONT, formatter: vi } };
const barLabel = (position: 'right' | 'top') => ({
  show: true,
  position,
  color: '#222',
  fontFamily: CHART_FONT,
  fontSize: 10,
  formatter: (p: { value: unknown }) => vi(Number(p.value)),
});

function shortLabel(label: string): string {
  const inner = /"([^"]+)"/.exec(label)?.[1] ?? label;
  return inner.length > 22 ? `${inner.slice(0, 21)}…` : inner;
}

/** Models existing at the end of the period by type, beside the year earlier (bars). */
export function modelsByTypeSvg(indicators: readonly Indicator[], currentLabel: string, previousLabel: string): string | null {
  const types = indicators.filter((i) => i.key.startsWith('models.existing.') && (i.value > 0 || i.previous > 0));
  if (types.length === 0) return null;
  return renderChartSvg(
    {
      color: BAR_COLORS,
      title: { text: 'Mô hình hiện có theo loại', left: 'center', textStyle: { fontFamily: CHART_FONT, fontSize: 14 } },
      legend: { bottom: 0, data: [currentLabel, previousLabel], textStyle: { fontFamily: CHART_FONT } },
      grid: { left: 170, right: 50, top: 36, bottom: 40 },
      xAxis: valueAxis,
      yAxis: {
        type: 'category',
        inverse: true,
        data: types.map((t) => shortLabel(t.label)),
        axisLabel: { fontFamily: CHART_FONT, fontSize: 11 },
      },
      series: [
        { name: currentLabel, type: 'bar', data: types.map((t) => t.value), label: barLabel('right') },
        { name: previousLabel, type: 'bar', data: types.map((t) => t.previous) },
      ],
    },
    620,
    Math.max(220, 60 + types.length * 34),
  );
}

/** Tips, valuable tips, cases and arrests beside the year earlier (grouped bars). */
export function outcomesSvg(indicators: readonly Indicator[], currentLabel: string, previousLabel: string): string {
  const keys = ['outcomes.tips', 'outcomes.valuable', 'outcomes.cases', 'outcomes.arrests'];
  const names = ['Tin báo', 'Tin có giá trị', 'Vụ án khám phá', 'Đối tượng bắt'];
  const by = new Map(indicators.map((i) => [i.key, i]));
  return renderChartSvg(
    {
      color: BAR_COLORS,
      title: { text: 'Kết quả từ tin báo của quần chúng', left: 'center', textStyle: { fontFamily: CHART_FONT, fontSize: 14 } },
      legend: { bottom: 0, data: [currentLabel, previousLabel], textStyle: { fontFamily: CHART_FONT } },
      grid: { left: 60, right: 20, top: 40, bottom: 50 },
      xAxis: { type: 'category', data: names, axisLabel: { fontFamily: CHART_FONT, interval: 0 } },
      yAxis: valueAxis,
      series: [
        { name: currentLabel, type: 'bar', data: keys.map((k) => by.get(k)?.value ?? 0), label: barLabel('top') },
        { name: previousLabel, type: 'bar', data: keys.map((k) => by.get(k)?.previous ?? 0) },
      ],
    },
    620,
    260,
  );
}
