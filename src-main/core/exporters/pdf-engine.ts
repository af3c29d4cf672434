import { join, resolve, sep } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfmake } from './load-on-use';

/** Tinos: metric-compatible with Times New Roman, full Vietnamese (resources/fonts). */
export const REPORT_FONT = 'Tinos';

/**
 * pdfmake is one shared instance (the certificates exporter uses it too), so fonts and the
 * deny-by-default access policies are (re)applied before every render: no URL is ever fetched and
 * only files in the font folder may be read.
 */
function configure(resourcesDir: string): void {
  const fontDir = resolve(join(resourcesDir, 'fonts'));
  const library = pdfmake();
  library.addFonts({
    [REPORT_FONT]: {
      normal: join(fontDir, 'Tinos_400Regular.ttf'),
      bold: join(fontDir, 'Tinos_700Bold.ttf'),
      italics: join(fontDir, 'Tinos_400Regular_Italic.ttf'),
      bolditalics: join(fontDir, 'Tinos_700Bold_Italic.ttf'),
    },
  });
  library.setUrlAccessPolicy(() => false);
  library.setLocalAccessPolicy((p) => resolve(p).startsWith(fontDir + sep));
}

/** Renders a report's document definition to PDF bytes with the embedded font. */
export async function renderReportPdf(resourcesDir: string, doc: TDocumentDefinitions): Promise<Buffer> {
  configure(resourcesDir);
  return pdfmake().createPdf(doc).getBuffer();
}
