import { join, resolve, sep } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY } from './certificate.doc';
import { fontFiles } from './text-fit';
import { pdfmake } from '../exporters/load-on-use';

let configuredFontDir: string | null = null;

/**
 * pdfmake is one shared instance: configure it once with our embedded font and deny-by-default access
 * policies. No URL is ever fetched, and only files inside the font folder may be read (pdfmake 0.3.8–0.3.11
 * lets SVG bypass the local policy, so no SVG ever reaches a document: STACK.md).
 */
function configure(resourcesDir: string): void {
  const fontDir = fontDirOf(resourcesDir);
  if (configuredFontDir === fontDir) return;
  const access = pdfAccess(resourcesDir);
  const library = pdfmake();
  library.setFonts(access.fonts);
  library.setUrlAccessPolicy(() => false);
  library.setLocalAccessPolicy(access.localAccessPolicy);
  configuredFontDir = fontDir;
}

/** The embedded font family and the local-file policy (only the font folder), for both ways we render. */
export function pdfAccess(resourcesDir: string) {
  const fontDir = fontDirOf(resourcesDir);
  return {
    fonts: { [FONT_FAMILY]: fontFiles(fontDir) },
    localAccessPolicy: (p: string) => resolve(p).startsWith(fontDir + sep),
  };
}

export function fontDirOf(resourcesDir: string): string {
  return resolve(join(resourcesDir, 'fonts'));
}

/** Renders a document definition to PDF bytes with the embedded font. */
export async function renderPdf(resourcesDir: string, doc: TDocumentDefinitions): Promise<Buffer> {
  configure(resourcesDir);
  return pdfmake().createPdf(doc).getBuffer();
}
