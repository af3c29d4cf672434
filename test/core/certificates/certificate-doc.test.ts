import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { certificatePage, certificateDocument } from '../../../src-main/core/certificates/certificate.doc';
import { loadLayouts, pickLayout } from '../../../src-main/core/certificates/layouts.load';
import { createMeasurer, fitText } from '../../../src-main/core/certificates/text-fit';
import { placeAndDate, recipientLine } from '../../../src-main/core/certificates/certificate.text';
import type { Decision, Recipient } from '../../../src-main/core/commendations';
import { RESOURCES_DIR } from '../../fixtures/core';

const m = createMeasurer(`${RESOURCES_DIR}/fonts`);
const layouts = loadLayouts(RESOURCES_DIR);
const giayKhen = layouts.find((l) => l.id === 'giay-khen-a4');
if (!giayKhen) throw new Error('layout giay-khen-a4 missing');
const MM = 72 / 25.4;

const decision: Decision = {
  id: 'd1',
  number: '125',
  symbol: 'QĐ-CAT',
  signedOn: '2026-02-05',
  year: 2026,
  authorityId: 'a',
  issuerLine: '',
  signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
  signerName: 'Đại tá Lê Văn A',
  awardFormId: 'f',
  occasionId: null,
  subject: '',
  place: 'Hải Dương',
  authorityName: 'Giám đốc Công an tỉnh',
  awardFormName: 'Giấy khen',
  awardFormCode: 'GIAY_KHEN',
  authorityCode: 'GIAM_DOC_CA_TINH',
  occasionName: null,
  recipientCount: 1,
  originOfficeId: null,
  originOfficeName: null,
  fromOtherOffice: false,
  createdAt: '',
  version: 1,
  updatedAt: '',
};
const recipient: Recipient = {
  id: 'r1',
  decisionId: 'd1',
  seq: 1,
  kind: 'individual',
  name: 'Nguyễn Thị Ánh Tuyết',
  gender: 'female',
  birthYear: 1978,
  position: 'Trưởng thôn',
  unitId: null,
  unitName: 'Xã An Bình',
  medalOverrideReason: null,
  achievement: 'Có thành tích xuất sắc',
  registryNumber: 12,
  printedOn: null,
  createdAt: '',
  version: 1,
  updatedAt: '',
};

/** The text nodes of a page, flattened: [text, x, y, fontSize]. */
function texts(content: Content[]): { text: string; x: number; y: number; fontSize: number }[] {
  const out: { text: string; x: number; y: number; fontSize: number }[] = [];
  for (const c of content) {
    if (typeof c === 'object' && c !== null && 'stack' in c) {
      const node = c as { stack: { text: string }[]; fontSize: number; absolutePosition: { x: number; y: number } };
      const text = node.stack.map((l) => l.text).join('\n');
      out.push({ text, x: node.absolutePosition.x, y: node.absolutePosition.y, fontSize: node.fontSize });
    }
  }
  return out;
}

describe('certificate docDefinition', () => {
  it('holds every field of a full certificate, in the layout positions', () => {
    const page = certificatePage(recipient, decision, giayKhen, m, { mode: 'full', offsets: { x: 0, y: 0 }, emblem: null });
    const t = texts(page.content).map((x) => x.text);
    expect(t).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIÁM ĐỐC CÔNG AN TỈNH',
      'TẶNG',
      'GIẤY KHEN',
      'Bà Nguyễn Thị Ánh Tuyết',
      'Trưởng thôn, Xã An Bình',
      'Có thành tích xuất sắc',
      'Hải Dương, ngày 05 tháng 02 năm 2026',
      'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
      'Đại tá Lê Văn A',
      'Quyết định số 125/QĐ-CAT ngày 05/02/2026',
      'Số sổ: 12',
    ]);
    expect(page.problems).toEqual([]);
    const name = texts(page.content).find((x) => x.text.startsWith('Bà'));
    expect(name?.x).toBeCloseTo(giayKhen.fields.recipient.x * MM, 3);
    expect(name?.fontSize).toBe(giayKhen.fields.recipient.fontSize);
  });

  it('prints "TẶNG" at 18 pt bold (TT 22/2025) and leaves the emblem out until one is set', () => {
    expect(giayKhen.fields.award).toMatchObject({ fontSize: 18, bold: true, uppercase: true });
    const without = certificatePage(recipient, decision, giayKhen, m, { mode: 'full', offsets: { x: 0, y: 0 }, emblem: null });
    expect(without.content.some((c) => typeof c === 'object' && 'image' in c)).toBe(false);
    const withEmblem = certificatePage(recipient, decision, giayKhen, m, {
      mode: 'full',
      offsets: { x: 0, y: 0 },
      emblem: 'data:image/png;base64,AAAA',
    });
    expect(withEmblem.content.some((c) => typeof c === 'object' && 'image' in c && c.image === 'data:image/png;base64,AAAA')).toBe(true);
  });

  it('in overlay mode holds only the variable fields, shifted by the offsets', () => {
    const base = texts(
      certificatePage(recipient, decision, giayKhen, m, { mode: 'overlay', offsets: { x: 0, y: 0 }, emblem: 'x' }).content,
    );
    const moved = texts(
      certificatePage(recipient, decision, giayKhen, m, { mode: 'overlay', offsets: { x: 10, y: 5 }, emblem: 'x' }).content,
    );
    expect(base.map((x) => x.text)).not.toContain('GIẤY KHEN');
    expect(base).toHaveLength(8);
    moved.forEach((b, i) => {
      expect(b.x - (base[i]?.x ?? 0)).toBeCloseTo(10 * MM, 6);
      expect(b.y - (base[i]?.y ?? 0)).toBeCloseTo(5 * MM, 6);
    });
  });

  it('shrinks a long name to fit one line, and reports a name too long even at the minimum size', () => {
    const style = giayKhen.fields.recipient;
    const long = fitText(m, 'Bà Tôn Nữ Thị Hoàng Yến Phương Thảo Nguyễn Phúc Vĩnh Xuyên Bảo Ngọc Trâm Anh', style);
    expect(long.fits).toBe(true);
    expect(long.lines).toHaveLength(1);
    expect(long.fontSize).toBeLessThan(style.fontSize);
    expect(long.fontSize).toBeGreaterThanOrEqual(style.minFontSize);
    const page = certificatePage({ ...recipient, name: 'Nguyễn Văn '.repeat(12).trim() }, decision, giayKhen, m, {
      mode: 'full',
      offsets: { x: 0, y: 0 },
      emblem: null,
    });
    expect(page.problems.map((p) => p.field)).toEqual(['recipient']);
  });

  it('wraps a long achievement onto several lines within its box', () => {
    const style = giayKhen.fields.achievement;
    const f = fitText(
      m,
      'Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn năm 2026',
      style,
    );
    expect(f.fits).toBe(true);
    expect(f.lines.length).toBeGreaterThan(1);
    expect(f.height).toBeLessThanOrEqual(style.height * MM + 0.01);
    for (const line of f.lines) expect(m.unitWidth('italics', line) * f.fontSize).toBeLessThanOrEqual(style.width * MM);
  });

  it('builds a document with one page per certificate and the layout paper size', () => {
    const page = certificatePage(recipient, decision, giayKhen, m, { mode: 'full', offsets: { x: 0, y: 0 }, emblem: null });
    const doc = certificateDocument([page.content, page.content, page.content], giayKhen, 'x');
    expect(doc.pageSize).toEqual({ width: 297 * MM, height: 210 * MM });
    expect((doc.content as Content[]).map((c) => (typeof c === 'object' && 'pageBreak' in c ? c.pageBreak : null))).toEqual([
      null,
      'before',
      'before',
    ]);
  });

  it('writes prefixes and dates the way certificates do', () => {
    expect(recipientLine({ kind: 'individual', gender: 'male', name: 'Lê Văn Bình' })).toBe('Ông Lê Văn Bình');
    expect(recipientLine({ kind: 'collective', gender: null, name: 'Tập thể Công an xã' })).toBe('Tập thể Công an xã');
    expect(placeAndDate('Hải Dương', '2026-12-05')).toBe('Hải Dương, ngày 05 tháng 12 năm 2026');
    expect(placeAndDate('', '2026-01-15')).toBe('Ngày 15 tháng 01 năm 2026');
  });

  it('picks the layout naming both form and authority over one naming the form only', () => {
    expect(pickLayout(layouts, 'GIAY_KHEN', 'GIAM_DOC_CA_TINH')?.id).toBe('giay-khen-giam-doc-ca-a4');
    expect(pickLayout(layouts, 'GIAY_KHEN', 'CHU_TICH_UBND_TINH')?.id).toBe('giay-khen-a4');
    expect(pickLayout(layouts, 'BANG_KHEN', null)?.id).toBe('bang-khen-a3');
    expect(pickLayout(layouts, 'CO_THI_DUA', null)?.id).toBe('mac-dinh-a4');
  });
});
