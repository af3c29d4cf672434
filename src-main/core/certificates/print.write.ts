import type { Writable } from 'node:stream';
import type { Recipient } from '../commendations';
import { certificateDocument, certificatePage } from './certificate.doc';
import { fontDirOf } from './pdf';
import { openPageStream } from './pdf-stream';
import { findProblems, printTitle, type PrintJobData, type RecipientProblems } from './print.prepare';
import { createMeasurer } from './text-fit';

/** How many certificates are laid out between two yields (progress updates, sink catching up). */
const CHUNK = 50;

/**
 * Writes one certificate per page into `sink`, one page at a time: each recipient's page is built as its
 * own one-page docDefinition (the same `certificateDocument` the tests read) and streamed, so memory
 * stays flat however large the batch. Returns the texts that overflowed, found on the way; with
 * `stopAtOverflow`, the first one stops the PDF and all of them are returned (the sink then holds no
 * complete PDF and must be discarded).
 */
export async function writeCertificates(
  data: PrintJobData,
  sink: Writable,
  onProgress: (done: number) => void,
  opts: { stopAtOverflow?: boolean } = {},
): Promise<RecipientProblems[]> {
  const m = createMeasurer(fontDirOf(data.resourcesDir));
  const title = printTitle(data.decision);
  const pdf = openPageStream(data.resourcesDir, certificateDocument([], data.layout, title), sink);
  const problems: RecipientProblems[] = [];
  for (let i = 0; i < data.recipients.length; i++) {
    const r = data.recipients[i] as Recipient;
    const page = certificatePage(r, data.decision, data.layout, m, data.options);
    if (page.problems.length) {
      // The print will be refused: the sink is left unfinished and the check goes on without a PDF.
      if (opts.stopAtOverflow) return findProblems(data);
      problems.push({ recipientId: r.id, name: r.name, problems: page.problems });
    }
    pdf.add(certificateDocument([page.content], data.layout, title));
    if ((i + 1) % CHUNK === 0) {
      await pdf.drained();
      onProgress(i + 1);
    }
  }
  onProgress(data.recipients.length);
  await pdf.finish();
  return problems;
}
