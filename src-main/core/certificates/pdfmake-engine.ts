import type { Content, Style } from 'pdfmake/interfaces';
import { onFirstUse } from '../exporters/load-on-use';
import { fromPdfmake } from './pdfkit';

/**
 * pdfmake's own layout engine and renderer, reached below its public `createPdf`: that call lays out a
 * whole document before it renders a byte, so a 1,000-page batch held every laid-out page at once
 * (412 MB). Driving the same two classes one certificate at a time into one pdfkit document keeps the
 * output pdfmake's, while memory stays flat. Pinned to pdfmake 0.3.11 (package.json); these are its
 * module files, typed here with only what we call.
 */
/** A laid-out page: opaque to us, handed from the layout builder to the renderer. */
export interface LaidOutPage {
  pageSize: { width: number; height: number };
}

/** pdfmake's pdfkit subclass: fonts by family, images, and the local-file access policy. */
export type PdfmakeDocument = PDFKit.PDFDocument;

interface PdfmakeDocumentClass {
  new (
    fonts: Record<string, Record<string, string>>,
    images: Record<string, string>,
    patterns: Record<string, never>,
    attachments: Record<string, never>,
    options: PDFKit.PDFDocumentOptions,
    virtualfs: null,
    localAccessPolicy: (path: string) => boolean,
  ): PdfmakeDocument;
}

interface Margins {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface LayoutBuilderClass {
  new (
    pageSize: LaidOutPage['pageSize'],
    margins: Margins,
    svgMeasure: object,
  ): {
    layoutDocument(content: Content, doc: PdfmakeDocument, styles: Record<string, Style>, defaultStyle: Style): LaidOutPage[];
  };
}

interface RendererClass {
  new (doc: PdfmakeDocument): { renderPages(pages: LaidOutPage[]): void };
}

interface PageSizeModule {
  normalizePageSize(size: unknown, orientation: unknown): LaidOutPage['pageSize'];
  normalizePageMargin(margins: unknown): Margins;
}

function defaultExport<T>(path: string): T {
  return (fromPdfmake(path) as { default: T }).default;
}

/** The engine's classes, loaded by the first certificate printed (load-on-use.ts). */
export const pdfmakeEngine = onFirstUse(() => ({
  PdfmakeDocument: defaultExport<PdfmakeDocumentClass>('./PDFDocument'),
  LayoutBuilder: defaultExport<LayoutBuilderClass>('./LayoutBuilder'),
  Renderer: defaultExport<RendererClass>('./Renderer'),
  ...(fromPdfmake('./PageSize') as PageSizeModule),
}));

/** Certificates never contain SVG (pdfmake 0.3.8–0.3.11 lets SVG bypass the file policy: STACK.md). */
export const noSvg = {
  measureSVG(): never {
    throw new Error('SVG is not allowed in printed certificates.');
  },
};
