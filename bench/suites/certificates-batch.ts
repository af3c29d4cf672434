/**
 * `npm run bench` suite: 1,000 certificates of one decision in one PDF, through the dispatcher
 * (preflight included, as the app runs it). Targets (issue 4): under 3 ms a page and under 500 MB peak
 * memory. Prints ms per page and peak RSS, each also as a ratio of its target; asserts nothing.
 */
import { resolve } from 'node:path';
import { openCore, type Core } from '../../src-main/core/app/open-core';
import type { Caller } from '../../src-main/core/api/roles';
import { renderPdf } from '../../src-main/core/certificates/pdf';
import type { ApiInput, ApiOutput, MethodName } from '../../src-main/contract';

const PAGES = Number(process.env.CERT_BENCH_PAGES ?? 1000);
const clerk: Caller = { role: 'admin', name: 'bench' };
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Mai', 'Tuyết', 'Yến'];
const ACHIEVEMENT =
  'Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội năm 2026';

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
    tx.run(`INSERT OR IGNORE INTO catalogue_entries (id, catalogue, code, name, name_search, created_at, updated_at) VALUES (?, 'award_form', 'GIAY_KHEN', 'Giấy khen', 'giay khen', 'x', 'x')`, [form]);
    tx.run(
      `INSERT OR IGNORE INTO catalogue_entries (id, catalogue, code, name, name_search, created_at, updated_at) VALUES (?, 'awarding_authority', 'GIAM_DOC_CA_TINH', 'Giám đốc Công an tỉnh', 'giam doc cong an tinh', 'x', 'x')`,
      [authority],
    );
  });
  return { form, authority };
}

async function seedDecision(core: Core): Promise<string> {
  const { form, authority } = seedCatalogue(core);
  const d = await ok(core, 'commendations.createDecision', {
    number: '1000', symbol: 'QĐ-CAT', signedOn: '2026-12-15', year: 2026, authorityId: authority, awardFormId: form,
    signerTitle: 'GIÁM ĐỐC', signerName: 'Đại tá Trần Văn Minh', place: 'Hải Dương', issuerLine: 'Giám đốc Công an tỉnh Hải Dương',
  });
  const rows = Array.from({ length: PAGES }, (_, i) => {
    const name = `${FAMILY[i % 10]} ${MIDDLE[i % 6]} ${GIVEN[(i * 7) % 10]}`;
    return `${i + 1}\t${name}\t${i % 2 ? 'Nữ' : 'Nam'}\t${1950 + (i % 50)}\tTổ viên tổ bảo vệ ANTT\tThôn ${i % 40}, xã An Bình\t${ACHIEVEMENT}`;
  });
  const pasted = await ok(core, 'commendations.pasteRecipients', { decisionId: d.id, text: rows.join('\n') });
  if (pasted.saved !== PAGES) throw new Error(`paste saved ${pasted.saved}: ${pasted.rejected[0]?.reasons.join('; ')}`);
  await ok(core, 'commendations.assignRegistryNumbers', { decisionId: d.id });
  return d.id;
}

/** Runs `fn` while sampling the resident set size; returns the elapsed ms and the peak RSS in MB. */
async function measure(fn: () => Promise<unknown>): Promise<{ ms: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakMb: peak / 1024 / 1024 };
}

/**
 * The same machine's floor, measured in the same run: pdfmake writing PAGES pages of one short line.
 * On a shared, loaded machine absolute times swing; the ratio to this floor does not.
 */
async function baselineMs(resourcesDir: string): Promise<number> {
  const content = Array.from({ length: PAGES }, (_, i) => ({ text: `Trang ${i + 1}`, pageBreak: i ? ('before' as const) : undefined }));
  const start = performance.now();
  await renderPdf(resourcesDir, { content, defaultStyle: { font: 'Tinos' } });
  return performance.now() - start;
}

export default {
  name: 'certificates-batch',
  async run() {
    const resourcesDir = resolve(__dirname, '../../resources');
    const core = await openCore({ dbPath: null, resourcesDir });
    try {
      const decisionId = await seedDecision(core);
      // Warm up fonts and caches once, as the app does on its first print.
      await ok(core, 'certificates.render', { decisionId, recipientIds: undefined, mode: 'overlay' });
      await baselineMs(resourcesDir);
      const floor = await baselineMs(resourcesDir);
      const out = [{ name: `baseline: ${PAGES} one-line pages, time per page`, value: floor / PAGES, unit: 'ms' }];
      for (const mode of ['full', 'overlay'] as const) {
        let bytes = 0;
        const m = await measure(async () => {
          const r = await ok(core, 'certificates.render', { decisionId, mode });
          bytes = (r.base64.length * 3) / 4;
        });
        const perPage = m.ms / PAGES;
        out.push(
          { name: `${PAGES} certificates (${mode}): time per page`, value: perPage, unit: 'ms' },
          { name: `${PAGES} certificates (${mode}): time per page / 3 ms target`, value: perPage / 3, unit: '×' },
          { name: `${PAGES} certificates (${mode}): time / baseline`, value: m.ms / floor, unit: '×' },
          { name: `${PAGES} certificates (${mode}): peak memory (RSS)`, value: m.peakMb, unit: 'MB' },
          { name: `${PAGES} certificates (${mode}): peak memory / 500 MB target`, value: m.peakMb / 500, unit: '×' },
          { name: `${PAGES} certificates (${mode}): PDF size`, value: bytes / 1024 / 1024, unit: 'MB' },
        );
      }
      return out;
    } finally {
      core.close();
    }
  },
};
