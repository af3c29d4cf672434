import { createRequire } from 'node:module';
import type PDFKitDocument from 'pdfkit';
import { onFirstUse } from '../exporters/load-on-use';

/**
 * pdfkit, loaded from pdfmake's own dependencies at run time: text is measured with the very copy that
 * renders it (same font metrics), and the bundler leaves it external like pdfmake (a bundled pdfkit
 * would look for its data files next to the bundle). Only the type is imported statically; the library
 * is loaded by the first call that measures or renders (load-on-use.ts).
 */
export const fromPdfmake = createRequire(createRequire(__filename).resolve('pdfmake'));
export const pdfkitDocument = onFirstUse(() => fromPdfmake('pdfkit') as typeof PDFKitDocument);
