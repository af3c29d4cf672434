import * as echarts from 'echarts';

/** The chart font: the same Tinos the PDF embeds, so SVG text in the PDF resolves to it. */
export const CHART_FONT = 'Tinos';

/**
 * Renders an ECharts option to an SVG string with the server-side renderer (no DOM, no canvas).
 * The SVG is ours, never user-supplied, which matters for pdfmake 0.3.11's SVG path (STACK.md).
 */
export function renderChartSvg(option: echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
