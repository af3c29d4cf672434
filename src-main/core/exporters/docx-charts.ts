import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { modelsByTypeSvg, outcomesSvg } from '../charts/report-charts';
import { svgToPng } from '../charts/svg-raster';
import type { Report } from '../reports/report';

/** The charts' width on the page, as in the PDF (440 pt), in the pixels (1/96 inch) docx sizes images in. */
const WIDTH_PX = Math.round((440 * 96) / 72);

/** The SVG's own size (ECharts writes width and height on the root element). */
function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)/.exec(svg)?.[1] ?? 620);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)/.exec(svg)?.[1] ?? 300);
  return { width, height };
}

/**
 * One chart as a centred picture: the very SVG the PDF draws (Word 2016+ shows it sharp at any zoom),
 * with the same chart drawn as a PNG for what cannot read SVG in a Word file (LibreOffice 7.4, Word
 * 2013), as the format requires.
 */
function chartParagraph(svg: string, fontDir: string): Paragraph {
  const size = svgSize(svg);
  const height = Math.round((WIDTH_PX * size.height) / size.width);
  const image = new ImageRun({
    type: 'svg',
    data: Buffer.from(svg, 'utf8'),
    transformation: { width: WIDTH_PX, height },
    fallback: { type: 'png', data: svgToPng(svg, fontDir) },
    altText: { name: 'Biểu đồ', description: 'Biểu đồ của báo cáo', title: 'Biểu đồ' },
  });
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, children: [image] });
}

/** The report's charts, in the PDF's order: models by type (when there are any), then outcomes. */
export function docxCharts(report: Report, fontDir: string): Paragraph[] {
  const cur = report.period.label;
  const prev = report.previous.label;
  const models = modelsByTypeSvg(report.indicators, cur, prev);
  return [...(models ? [chartParagraph(models, fontDir)] : []), chartParagraph(outcomesSvg(report.indicators, cur, prev), fontDir)];
}
