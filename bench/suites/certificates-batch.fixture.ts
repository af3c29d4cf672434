/**
 * Helpers of the certificates-batch suite. Seeding runs in the bench process; each measured print runs
 * in a fresh child process (this file as its entry), so the child's peak resident set is the print's own
 * and not what earlier suites or seeding left behind.
 */
import { resolve } from 'node:path';
import { openCore, type Core } from '../../src-main/core/app/open-core';
import type { Caller } from '../../src-main/core/api/roles';
import type { ApiInput, ApiOutput, MethodName } from '../../src-main/contract';
import { renderPdf } from '../../src-main/core/certificates/pdf';

export const RESOURCES_DIR = resolve(__dirname, '../../resources');
const clerk: Caller = { role: 'admin', name: 'bench' };
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Mai', 'Tuyết', 'Yến'];
const ACHIEVEMENT =
  'Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội năm 2026';

/** What a child reports on its last stdout line. */
export interface PrintFigures {
  ms: number;
  /** Peak resident set of the whole child process (kernel-tracked), taken right after its first print. */
  peakMb: number;
  pdfMb: number;
  /** The machine's floor measured in the same child after the print: pdfmake writing one-line pages. */
  floorMs: number | null;
}

async function ok<N extends MethodName>(core: Core, name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const r = await core.call(name, input, clerk);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.data;
}

/** The award form and authority entries (the catalogue seed's fixed ids; inserted if that seed is absent). */
function seedCatalogue(core: Core): { form: string; authority: string } {
  const form = 'ca7a1000-0000-4000-8000-050000000003';
  const authority = 'ca7a1000-0000-4000-8000-060000000003';
  core.env.store.write((tx) => {
    tx.run(
      `INSERT OR IGNORE INTO catalogue_entries (id, catalogue, code, name, name_search, created_at, updated_at) VALUES (?, 'award_form', 'GIAY_KHEN', 'Giấy khen', 'giay khen', 'x', 'x')`,
      [form],
    );
    tx.run(
      `INSERT OR IGNORE INTO catalogue_entries (id, catalogue, code, name, name_search, created_at, updated_at) VALUES (?, 'awarding_authority', 'GIAM_DOC_CA_TINH', 'Giám đốc Công an tỉnh', 'giam doc cong an tinh', 'x', 'x')`,
      [authority],
    );
  });
  return { form, authority };
}

/** A database file holding one decision with `pages` numbered recipients; returns the decision's id. */
export async function seedDecision(dbPath: string, pages: number): Promise<string> {
  const core = await openCore({ dbPath, resourcesDir: RESOURCES_DIR });
  try {
    const { form, authority } = seedCatalogue(core);
    const d = await ok(core, 'commendations.createDecision', {
      number: '1000',
      symbol: 'QĐ-CAT',
      signedOn: '2026-12-15',
      year: 2026,
      authorityId: authority,
      awardFormId: form,
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Đại tá Trần Văn Minh',
      place: 'Hải Dương',
      issuerLine: 'Giám đốc Công an tỉnh Hải Dương',
    });
    const rows = Array.from({ length: pages }, (_, i) => {
      const name = `${FAMILY[i % 10]} ${MIDDLE[i % 6]} ${GIVEN[(i * 7) % 10]}`;
      return `${i + 1}\t${name}\t${i % 2 ? 'Nữ' : 'Nam'}\t${1950 + (i % 50)}\tTổ viên tổ bảo vệ ANTT\tThôn ${i % 40}, xã An Bình\t${ACHIEVEMENT}`;
    });
    // One paste holds at most 2 million characters: 10,000 rows go in several.
    for (let at = 0; at < rows.length; at += 2000) {
      const text = rows.slice(at, at + 2000).join('\n');
      const pasted = await ok(core, 'commendations.pasteRecipients', {
        decisionId: d.id,
        text,
      });
      if (pasted.rejected.length) throw new Error(`paste rejected a row: ${pasted.rejected[0]?.reasons.join('; ')}`);
    }
    await ok(core, 'commendations.assignRegistryNumbers', { decisionId: d.id });
    core.env.store.checkpoint();
    return d.id;
  } finally {
    core.close();
  }
}

type PrintInput = ApiInput<'certificates.render'>;

/**
 * The app's batch path: start the job, poll its progress, take the PDF part by part (as the window does;
 * the parts are joined there, in the renderer's process, not in the core's). Returns the PDF's size.
 */
async function printAsJob(core: Core, input: PrintInput): Promise<number> {
  const { jobId } = await ok(core, 'certificates.start', input);
  for (;;) {
    const p = await ok(core, 'certificates.progress', { jobId });
    if (p.state !== 'running') break;
    await new Promise((done) => setTimeout(done, 5));
  }
  let bytes = 0;
  for (let offset: number | null = 0; offset !== null;) {
    const part: ApiOutput<'certificates.result'> = await ok(core, 'certificates.result', { jobId, offset });
    bytes += Buffer.byteLength(part.base64, 'base64');
    offset = part.next;
  }
  return bytes;
}

/** The same machine's floor: pdfmake writing `pages` pages of one short line (second run, warm). */
async function baselineMs(pages: number): Promise<number> {
  const content = Array.from({ length: pages }, (_, i) => ({ text: `Trang ${i + 1}`, pageBreak: i ? ('before' as const) : undefined }));
  await renderPdf(RESOURCES_DIR, { content, defaultStyle: { font: 'Tinos' } });
  const start = performance.now();
  await renderPdf(RESOURCES_DIR, { content, defaultStyle: { font: 'Tinos' } });
  return performance.now() - start;
}

/** Prints and returns the PDF's size in bytes. */
async function print(core: Core, input: PrintInput, path: string): Promise<number> {
  return path === 'job' ? printAsJob(core, input) : Buffer.byteLength((await ok(core, 'certificates.render', input)).base64, 'base64');
}

/**
 * Child entry: argv = dbPath, decisionId, pages, mode, 'render'|'job', 'warm'|'cold', 'floor'|'-'.
 * The peak is read after the first print of the batch in this fresh process. With 'warm' the time is
 * taken from a second print (caches and JIT warm, as on an office's second batch); with 'cold', from the first.
 */
async function child(argv: string[]): Promise<void> {
  const [dbPath = '', decisionId = '', pages, mode = 'full', path = 'render', timing, floor] = argv;
  const core = await openCore({ dbPath, resourcesDir: RESOURCES_DIR });
  try {
    const input: PrintInput = { decisionId, mode: mode === 'overlay' ? 'overlay' : 'full' };
    let start = performance.now();
    const bytes = await print(core, input, path);
    let ms = performance.now() - start;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    const pdfMb = bytes / 1024 / 1024;
    if (timing === 'warm') {
      start = performance.now();
      await print(core, input, path);
      ms = performance.now() - start;
    }
    const figures: PrintFigures = { ms, peakMb, pdfMb, floorMs: floor === 'floor' ? await baselineMs(Number(pages)) : null };
    console.log(JSON.stringify(figures));
  } finally {
    core.close();
  }
}

if (require.main === module) {
  child(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
  });
}
