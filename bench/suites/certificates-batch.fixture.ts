/**
 * Seeding for the certificates-batch suite, run in the bench process. Each measured print runs in a fresh
 * child process (certificates-print.fixture.ts), so its peak resident set is the print's own and not what
 * earlier suites or seeding left behind.
 */
import { resolve } from 'node:path';
import { openCore, type Core } from '../../src-main/core/app/open-core';
import { CLI_CREDENTIAL } from '../../src-main/contract/credential';
import type { ApiInput, ApiOutput, MethodName } from '../../src-main/contract';

export const RESOURCES_DIR = resolve(__dirname, '../../resources');
const clerk = CLI_CREDENTIAL;
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
