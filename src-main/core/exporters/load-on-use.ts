import { createRequire } from 'node:module';
import type * as PdfMake from 'pdfmake';

/**
 * A library the core loads the first time a call needs it, not when it starts. pdfmake and the pdfkit under
 * it are ~24 MB of resident memory that a day of data entry or an exchange import never uses, and the
 * import's peak is that floor plus the database (issue 13). exceljs and docx stay out of the floor another
 * way: their exporters are imported by the calls that use them (`await import`). Answers the loader; the
 * library is loaded once.
 */
export function onFirstUse<T>(load: () => T): () => T {
  let loaded: { library: T } | null = null;
  return () => (loaded ??= { library: load() }).library;
}

/** Node's require from here: bare package names resolve to the project's node_modules, in dev and built. */
export const requireLibrary = createRequire(__filename);

/** pdfmake: one shared instance, for reports, decisions and certificates. */
export const pdfmake = onFirstUse(() => requireLibrary('pdfmake') as typeof PdfMake);
