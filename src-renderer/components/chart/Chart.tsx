import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { createEffect, onCleanup, onMount } from 'solid-js';

// Only what the app draws is registered, so the page bundle stays small; SVG keeps text crisp when printed.
use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

/** The chart options the app uses (bars and lines with a grid, legend, title, tooltip). */
export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption | TooltipComponentOption
>;

export interface ChartProps {
  option: ChartOption;
  /** CSS height in pixels; the width follows the container. */
  height: number;
  /** What the chart shows, for screen readers (the figures are also in the tables beside it). */
  label: string;
  testId?: string;
}

/** The one wrapper around ECharts (biểu đồ): every page draws charts through it. */
export default function Chart(props: ChartProps) {
  let el: HTMLDivElement | undefined;
  let chart: EChartsType | undefined;
  // ECharts measures label widths with this family; 'inherit' would measure with a default font and
  // truncate labels wrongly, so the page's actual font is passed in.
  let fontFamily = 'sans-serif';
  onMount(() => {
    if (!el) return;
    fontFamily = getComputedStyle(el).fontFamily || fontFamily;
    chart = init(el, null, { renderer: 'svg' });
    const resize = new ResizeObserver(() => chart?.resize());
    resize.observe(el);
    onCleanup(() => {
      resize.disconnect();
      chart?.dispose();
    });
  });
  createEffect(() => {
    const option = props.option;
    chart?.setOption({ animation: false, textStyle: { fontFamily }, ...option }, true);
  });
  return (
    <div ref={el} class="chart" role="img" aria-label={props.label} data-testid={props.testId} style={{ height: `${props.height}px` }} />
  );
}
