import { once } from 'node:events';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfAccess } from './pdf';
import { noSvg, pdfmakeEngine } from './pdfmake-engine';

/** A PDF written page by page into a sink: only the page being laid out is held in memory. */
export interface PageStream {
  /** Lays out and renders a one-page document definition; pdfkit flushes the page before it. */
  add(page: TDocumentDefinitions): void;
  /** Resolves once the sink has caught up, so written bytes never pile up in memory. */
  drained(): Promise<void>;
  /** Ends the document (each font embedded once, as a subset) and waits until the sink holds every byte. */
  finish(): Promise<void>;
}

/** pdfmake's document info, as its printer builds it: our keys capitalised over its Producer/Creator. */
function metadataOf(doc: TDocumentDefinitions): Record<string, string> {
  const info: Record<string, string> = { Producer: 'pdfmake', Creator: 'pdfmake' };
  for (const [key, value] of Object.entries(doc.info ?? {})) {
    if (typeof value === 'string' && value) info[key.charAt(0).toUpperCase() + key.slice(1)] = value;
  }
  return info;
}

/**
 * Drops what pdfkit still holds of a page already written out (its dictionary, resources and content
 * objects): the page tree needs only the page's object number, and keeping the rest costs ≈2 KB a page,
 * 20 MB in a 10,000-page batch.
 */
function forgetWrittenPage(page: PDFKit.PDFPage): void {
  page.dictionary.data = {} as PDFKit.PDFPage['dictionary']['data'];
}

/**
 * Opens a PDF whose document-level settings (info, first page size) come from `settings`, a definition
 * without content. The options are pdfmake's defaults (PDF 1.3, compressed) with `bufferPages` off, so
 * each page is written out when the next one starts.
 */
export function openPageStream(resourcesDir: string, settings: TDocumentDefinitions, sink: Writable): PageStream {
  const { PdfmakeDocument, LayoutBuilder, Renderer, normalizePageSize, normalizePageMargin } = pdfmakeEngine();
  const access = pdfAccess(resourcesDir);
  const size = normalizePageSize(settings.pageSize, settings.pageOrientation);
  const doc = new PdfmakeDocument(
    access.fonts,
    {},
    {},
    {},
    {
      size: [size.width, size.height],
      pdfVersion: '1.3',
      compress: true,
      fontLayoutCache: true,
      bufferPages: false,
      autoFirstPage: false,
      info: metadataOf(settings),
    },
    null,
    access.localAccessPolicy,
  );
  let failure: unknown = null;
  let pageCount = 0;
  sink.on('error', (err) => (failure ??= err));
  doc.on('data', (chunk: Buffer) => sink.write(chunk));
  const ended = once(doc, 'end');
  const check = () => {
    if (failure) throw failure;
  };
  return {
    add(page) {
      check();
      const written = pageCount > 0 ? doc.page : null;
      const pageSize = normalizePageSize(page.pageSize, page.pageOrientation);
      const builder = new LayoutBuilder(pageSize, normalizePageMargin(page.pageMargins ?? 40), noSvg);
      const laidOut = builder.layoutDocument(page.content, doc, page.styles ?? {}, page.defaultStyle ?? {});
      new Renderer(doc).renderPages(laidOut);
      pageCount += laidOut.length;
      if (written) forgetWrittenPage(written);
    },
    async drained() {
      // pdfkit pushes its bytes on the next turn of the event loop; let them reach the sink first.
      await new Promise((done) => setImmediate(done));
      if (sink.writableNeedDrain) await once(sink, 'drain');
      check();
    },
    async finish() {
      doc.end();
      await ended;
      sink.end();
      await finished(sink);
      check();
    },
  };
}

/**
 * A sink that keeps the bytes in memory, for callers that return the PDF itself. pdfkit writes many small
 * buffers, each a slice of an 8 KB pool that it keeps alive; they are merged as they come, so the sink
 * holds about the PDF's own size.
 */
export function memorySink(): { sink: Writable; bytes(): Buffer } {
  const merged: Buffer[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const merge = () => {
    if (pending.length) merged.push(Buffer.concat(pending));
    pending = [];
    pendingBytes = 0;
  };
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= 256 * 1024) merge();
      done();
    },
  });
  return {
    sink,
    bytes: () => {
      merge();
      return Buffer.concat(merged.splice(0));
    },
  };
}
