import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { decisionCommand } from '../../../src-main/cli/commands/decision';
import type { DecisionDocument } from '../../../src-main/contract/commendations/decision-document';
import { admin, callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { convertWithLibreOffice } from '../../fixtures/libreoffice';
import { createDecision, person, seedReferences } from '../commendations/fixtures';

let core: Core;
let dir: string;
let decisionId: string;

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
const docxXml = (path: string) => execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
/** The words of a document.xml in reading order, runs joined as Word shows them. */
const docxText = (path: string) =>
  docxXml(path)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');

async function exportTo(
  method: 'commendations.exportDecisionDocx' | 'commendations.exportDecisionPdf',
  name: string,
  document?: DecisionDocument,
) {
  const file = await callOk(core, method, { id: decisionId, ...(document ? { document } : {}) }, viewer);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return path;
}

beforeAll(async () => {
  core = await makeTestCore({ clock: () => new Date('2026-12-16T08:00:00Z') });
  seedReferences(core);
  await callOk(
    core,
    'system.settings.update',
    { officeName: 'Phòng Tham mưu', parentBodyName: 'Công an tỉnh Hải Dương', provinceName: 'Hải Dương', placeName: 'Hải Dương' },
    admin,
  );
  dir = mkdtempSync(join(tmpdir(), 'antq-decision-'));
  decisionId = (await createDecision(core)).id;
  // Entered mixed, individuals first: the list still puts the collectives first.
  const rows = [
    person({ name: 'Nguyễn Thị Ánh Tuyết' }),
    person({ kind: 'collective', name: 'Tổ bảo vệ ANTT thôn Đông', gender: null, birthYear: null, position: '' }),
    person({ name: 'Trần Văn Khải', gender: 'male', birthYear: 1965 }),
    person({ kind: 'collective', name: 'Công an xã An Bình', gender: null, birthYear: null, position: '' }),
    person({ name: 'Lê Văn Hùng', gender: 'male', birthYear: 1970 }),
  ];
  for (const r of rows) await callOk(core, 'commendations.addRecipient', { decisionId, ...r }, clerk);
}, 60_000);

function expectDecision(text: string): void {
  const flat = text.replace(/\s+/g, ' ');
  for (const s of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'CÔNG AN TỈNH HẢI DƯƠNG',
    'Số: 125/QĐ-CAT-PV01',
    'Hải Dương, ngày 15 tháng 12 năm 2026',
  ]) {
    expect(flat).toContain(s);
  }
  expect(flat).toContain('QUYẾT ĐỊNH');
  expect(flat).toContain('Về việc tặng Giấy khen');
  expect(flat).toContain('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;');
  expect(flat).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP');
  expect(flat).toContain('Xét đề nghị của Trưởng phòng Tham mưu,');
  expect(flat).toMatch(/Điều 1\. Tặng Giấy khen cho 2 tập thể và 3 cá nhân có tên trong danh sách kèm theo/);
  // Giấy khen signed after 1/7/2026: 0,3 × 2.530.000 = 759.000, rounded up to 760.000 per person; a
  // collective twice: 1.518.000 → 1.520.000; 2 × 1.520.000 + 3 × 760.000 in all.
  expect(flat).toMatch(
    /Điều 2\. Tiền thưởng kèm theo \(mức lương cơ sở 2\.530\.000 đồng\): mỗi tập thể 0,6 lần mức lương cơ sở, bằng 1\.520\.000 đồng; mỗi cá nhân 0,3 lần mức lương cơ sở, bằng 760\.000 đồng/,
  );
  expect(flat).toContain('Tổng số tiền thưởng: 5.320.000 đồng');
  expect(flat).toMatch(/Điều 3\. Quyết định có hiệu lực kể từ ngày ký\./);
  expect(flat).toContain('Nơi nhận:');
  expect(flat).toContain('Đại tá Trần Văn Minh');
  expect(flat).toContain('(Kèm theo Quyết định số 125/QĐ-CAT-PV01 ngày 15/12/2026 của Giám đốc Công an tỉnh Hải Dương)');
  const order = [
    'TẬP THỂ (2)',
    'Tổ bảo vệ ANTT thôn Đông',
    'Công an xã An Bình',
    'CÁ NHÂN (3)',
    'Nguyễn Thị Ánh Tuyết',
    'Trần Văn Khải',
    'Lê Văn Hùng',
  ];
  const at = order.map((s) => flat.lastIndexOf(s));
  expect(at.every((i) => i > 0)).toBe(true);
  expect(at).toEqual([...at].sort((a, b) => a - b));
  expect(flat).not.toContain('1.965');
}

describe('the commendation decision as a document', () => {
  it('prints as a PDF with the header, the articles with N collectives and M individuals, and the list grouped', async () => {
    expectDecision(pdfText(await exportTo('commendations.exportDecisionPdf', 'qd.pdf')));
  });

  it('writes a Word file with the same text, which LibreOffice converts without error', async () => {
    const path = await exportTo('commendations.exportDecisionDocx', 'qd.docx');
    expectDecision(docxText(path));
    expectDecision(pdfText(convertWithLibreOffice(path)));
  }, 180_000);

  it('prints the saved document parts: its bases, proposer, executors and no cash article when the coefficient is 0', async () => {
    const { document, saved } = await callOk(core, 'commendations.decisionDocument.get', { id: decisionId }, viewer);
    expect(saved).toBe(false);
    const edited: DecisionDocument = {
      ...document,
      legalBases: ['Căn cứ Quyết định số 99/QĐ-UBND về chức năng của Công an tỉnh'],
      proposer: 'Trưởng Công an xã An Bình tại Tờ trình số 12/TTr-CAX ngày 01/12/2026',
      executors: 'Trưởng Công an xã An Bình',
      individualCoefficient: 0,
      collectiveCoefficient: 0,
      recipients: ['Như Điều 2', 'Lưu: VT, PV01'],
    };
    await callOk(core, 'commendations.decisionDocument.save', { id: decisionId, document: edited }, clerk);
    const flat = pdfText(await exportTo('commendations.exportDecisionPdf', 'qd-saved.pdf')).replace(/\s+/g, ' ');
    expect(flat).toContain('Căn cứ Quyết định số 99/QĐ-UBND về chức năng của Công an tỉnh;');
    expect(flat).not.toContain('06/2022/QH15');
    expect(flat).toContain('Xét đề nghị của Trưởng Công an xã An Bình tại Tờ trình số 12/TTr-CAX ngày 01/12/2026,');
    expect(flat).not.toContain('Tiền thưởng');
    expect(flat).toContain('Điều 2. Quyết định có hiệu lực kể từ ngày ký. Trưởng Công an xã An Bình chịu trách nhiệm');
    expect(flat).toContain('- Như Điều 2;');
    expect((await callOk(core, 'commendations.decisionDocument.get', { id: decisionId }, viewer)).saved).toBe(true);
  });

  it('refuses a viewer saving the parts and an unbounded list of legal bases', async () => {
    const { document } = await callOk(core, 'commendations.decisionDocument.get', { id: decisionId }, viewer);
    const asViewer = await core.call('commendations.decisionDocument.save', { id: decisionId, document }, viewer);
    expect(asViewer.ok).toBe(false);
    const many = { ...document, legalBases: Array.from({ length: 21 }, (_, i) => `Căn cứ ${i}`) };
    const r = await core.call('commendations.decisionDocument.save', { id: decisionId, document: many }, clerk);
    expect(r.ok).toBe(false);
  });
});

describe('the decision CLI command', () => {
  it('writes the DOCX and the PDF by extension and refuses another one with its usage', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const pdf = join(dir, 'cli-qd.pdf');
    const docx = join(dir, 'cli-qd.docx');
    expect(await decisionCommand.run({ positional: [], flags: { decision: decisionId, out: pdf } }, io, core)).toBe(0);
    expect(pdfText(pdf)).toContain('QUYẾT ĐỊNH');
    expect(await decisionCommand.run({ positional: [], flags: { decision: decisionId, out: docx } }, io, core)).toBe(0);
    expect(docxText(docx)).toContain('Điều 1.');
    expect(await decisionCommand.run({ positional: [], flags: { decision: decisionId, out: join(dir, 'x.xlsx') } }, io, core)).toBe(2);
    expect(lines.at(-1)).toContain('Cách dùng');
  });
});
