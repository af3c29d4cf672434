import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore, viewer } from '../../fixtures/core';
import { FORM } from '../commendations/fixtures';
import { decisionWithRecipients } from './fixtures';
import { pdfFile, pdfText, pdfWords } from './pdf-tools';

const MM = 72 / 25.4;
const LAYOUT = 'giay-khen-a4';

async function callErr(core: Core, name: Parameters<Core['call']>[0], input: unknown) {
  const r = await core.call(name, input as never, clerk);
  if (r.ok) throw new Error(`${name} should have failed`);
  return r.error;
}

describe('certificate layout editor (per-field placements in mm)', () => {
  let core: Core;
  let decisionId: string;
  beforeEach(async () => {
    core = await makeTestCore();
    decisionId = (await decisionWithRecipients(core)).id;
  });
  afterEach(() => core.close());

  it("lists every field with the file's placement, and saves a field's x, y, width and size with a version", async () => {
    const before = await callOk(core, 'certificates.layoutFields', { layoutId: LAYOUT });
    expect(before.version).toBe(0);
    expect(before.sheet).toEqual({ widthMm: 297, heightMm: 210 });
    const recipient = before.fields.find((f) => f.field === 'recipient')!;
    expect(recipient.placement).toEqual(recipient.original);
    const moved = { x: 40, y: 95.5, width: 200, fontSize: 20 };
    const saved = await callOk(core, 'certificates.saveLayoutFields', {
      layoutId: LAYOUT,
      fields: { recipient: moved },
      expectedVersion: 0,
    });
    expect(saved.version).toBe(1);
    expect(saved.fields.find((f) => f.field === 'recipient')!.placement).toEqual(moved);
    expect(saved.fields.find((f) => f.field === 'recipient')!.original).toEqual(recipient.original);
  });

  it('refuses a field off the sheet in Vietnamese, naming the field and the edge, and saves nothing', async () => {
    const err = await callErr(core, 'certificates.saveLayoutFields', {
      layoutId: LAYOUT,
      fields: { recipient: { x: 200, y: 50, width: 120, fontSize: 20 } },
      expectedVersion: 0,
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('Họ tên/tên tập thể: ô in vượt mép phải tờ giấy');
    expect(err.issues?.[0]?.path).toEqual(['fields', 'recipient']);
    const below = await callErr(core, 'certificates.saveLayoutFields', {
      layoutId: LAYOUT,
      fields: { registry: { x: 10, y: 209, width: 50, fontSize: 12 } },
      expectedVersion: 0,
    });
    expect(below.message).toContain('vượt mép dưới');
    expect((await callOk(core, 'certificates.layoutFields', { layoutId: LAYOUT })).version).toBe(0);
  });

  it('refuses negative, absurd and unknown values at the schema, and a stale version', async () => {
    const bad = [
      { recipient: { x: -1, y: 10, width: 100, fontSize: 12 } },
      { recipient: { x: 10, y: 10, width: 100, fontSize: 500 } },
      { recipient: { x: 10, y: 10, width: 100, fontSize: Number.NaN } },
      { nope: { x: 10, y: 10, width: 100, fontSize: 12 } },
    ];
    for (const fields of bad) {
      const err = await callErr(core, 'certificates.saveLayoutFields', { layoutId: LAYOUT, fields, expectedVersion: 0 });
      expect(err.code).toBe('VALIDATION');
    }
    expect((await callErr(core, 'certificates.layoutFields', { layoutId: '../../etc' })).code).toBe('VALIDATION');
    expect((await callErr(core, 'certificates.layoutFields', { layoutId: 'khong-co' })).code).toBe('NOT_FOUND');
    await callOk(core, 'certificates.saveLayoutFields', { layoutId: LAYOUT, fields: {}, expectedVersion: 0 });
    const stale = await callErr(core, 'certificates.saveLayoutFields', { layoutId: LAYOUT, fields: {}, expectedVersion: 0 });
    expect(stale.code).toBe('CONFLICT');
  });

  it('is read-only for a viewer', async () => {
    const r = await core.call('certificates.saveLayoutFields', { layoutId: LAYOUT, fields: {}, expectedVersion: 0 }, viewer);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
  });

  it('prints the saved placement, and the preview places every line where the PDF does (within 0.5 mm)', async () => {
    const fields = { recipient: { x: 30, y: 100, width: 237, fontSize: 24 }, registry: { x: 20, y: 180, width: 60, fontSize: 11 } };
    // Printed with the decision's own layout: chosen here, so the test does not hang on the pick by authority.
    await callOk(core, 'certificates.setDecisionLayout', { decisionId, layoutId: LAYOUT });
    await callOk(core, 'certificates.saveLayoutFields', { layoutId: LAYOUT, fields, expectedVersion: 0 });
    for (const mode of ['full', 'overlay'] as const) {
      if (mode === 'overlay') await callOk(core, 'certificates.setOffsets', { layoutId: LAYOUT, x: 1.5, y: -2 });
      const [first] = (await callOk(core, 'commendations.listRecipients', { decisionId, limit: 10 })).rows;
      const preview = await callOk(core, 'certificates.layoutPreview', { layoutId: LAYOUT, decisionId, recipientId: first!.id, mode });
      const pdf = await callOk(core, 'certificates.render', { decisionId, mode, recipientIds: [first!.id] });
      const file = pdfFile(pdf.base64);
      const words = pdfWords(file).map((w) => ({ ...w, word: w.word.normalize('NFC') }));
      expect(preview.lines.length).toBeGreaterThan(mode === 'full' ? 10 : 5);
      for (const line of preview.lines) {
        const firstWord = line.text.split(' ')[0]!.normalize('NFC');
        const hit = words
          .filter((w) => w.word === firstWord)
          .map((w) => Math.hypot(w.xMin / MM - line.xMm, w.yMin / MM - line.yMm))
          .sort((a, b) => a - b)[0];
        expect(hit, `${mode} ${line.field} "${line.text}"`).toBeLessThan(0.5);
      }
      const name = preview.lines.find((l) => l.field === 'recipient')!;
      expect(name.fontSize).toBe(24);
      expect(preview.lines.find((l) => l.field === 'registry')!.xMm).toBeCloseTo(mode === 'full' ? 20 : 21.5, 5);
    }
    expect(pdfText(pdfFile((await callOk(core, 'certificates.render', { decisionId })).base64), 1)).toContain('Số sổ: 1');
  });

  it('previews unsaved placements with sample texts, and reports a text that no longer fits', async () => {
    const narrow = { achievement: { x: 30, y: 120, width: 20, fontSize: 14 } };
    const p = await callOk(core, 'certificates.layoutPreview', { layoutId: LAYOUT, fields: narrow });
    expect(p.lines.some((l) => l.text.includes('Nguyễn Văn Hùng'))).toBe(true);
    expect(p.problems.map((x) => x.field)).toContain('achievement');
    expect(p.boxes.find((b) => b.field === 'achievement')).toMatchObject({ xMm: 30, yMm: 120, widthMm: 20 });
    expect((await callOk(core, 'certificates.layoutFields', { layoutId: LAYOUT })).version).toBe(0);
  });
});

describe("a decision's layout", () => {
  let core: Core;
  beforeEach(async () => {
    core = await makeTestCore();
  });
  afterEach(() => core.close());

  it('shows the layout picked by form, lets the clerk choose another (it prints with it), and goes back', async () => {
    const d = await decisionWithRecipients(core);
    const auto = await callOk(core, 'certificates.decisionLayout', { decisionId: d.id });
    expect(auto).toMatchObject({ layoutId: 'giay-khen-giam-doc-ca-a4', chosen: false });
    const layouts = await callOk(core, 'certificates.layouts', {});
    const other = layouts.find((l) => l.paper.size === 'A3')!;
    const chosen = await callOk(core, 'certificates.setDecisionLayout', { decisionId: d.id, layoutId: other.id });
    expect(chosen).toMatchObject({ layoutId: other.id, layoutName: other.name, chosen: true });
    expect((await callOk(core, 'certificates.preflight', { decisionId: d.id, mode: 'full' })).layoutId).toBe(other.id);
    const pdf = pdfFile((await callOk(core, 'certificates.render', { decisionId: d.id })).base64);
    expect(pdfText(pdf, 1)).toBeTruthy();
    const back = await callOk(core, 'certificates.setDecisionLayout', { decisionId: d.id, layoutId: null });
    expect(back).toMatchObject({ layoutId: auto.layoutId, chosen: false });
  });

  it('refuses an unknown layout or decision, and forgets the choice with the decision', async () => {
    const d = await decisionWithRecipients(core, { awardFormId: FORM.praise });
    expect((await callErr(core, 'certificates.setDecisionLayout', { decisionId: d.id, layoutId: 'khong-co' })).code).toBe('NOT_FOUND');
    const missing = '7d0f6b52-3c55-4d3e-9a55-0d1f1d7e0a11';
    expect((await callErr(core, 'certificates.setDecisionLayout', { decisionId: missing, layoutId: LAYOUT })).code).toBe('NOT_FOUND');
    await callOk(core, 'certificates.setDecisionLayout', { decisionId: d.id, layoutId: LAYOUT });
    await callOk(core, 'commendations.deleteDecision', { id: d.id });
    expect(core.env.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM certificate_decision_layouts')?.n).toBe(0);
  });
});
