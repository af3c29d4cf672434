import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageManifest } from '../../../src-main/contract/exchange/exchange.contract';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import type { Report } from '../../../src-main/core/reports/report';
import { admin, callOk, viewer } from '../../fixtures/core';
import { decisionInput, person } from '../commendations/fixtures';
import {
  databaseDigest,
  enterCommendations,
  enterWork,
  importInto,
  makeMinistry,
  makeOffices,
  packageDatabase,
  type Office,
} from './offices';

let province: Office;
let a: Office;
let b: Office;
let ministry: Office;
let decisionIds: string[];
let districtManifest: PackageManifest;

const YEAR = { period: { kind: 'year' as const, year: 2017 } };
const total = (r: Report, key: string) => r.indicators.find((i) => i.key === key)?.value ?? 0;
const LIST = { offset: 0, limit: 50 };
const COMMENDATION_KINDS = ['commendations', 'decisionDocuments', 'commendationRecipients'];

beforeAll(async () => {
  ({ province, a, b } = await makeOffices());
  await enterWork(a, 'A1', 1);
  // A district's own Giấy khen stays at the district: its package to the province does not carry it.
  await enterCommendations(a, 'A1');
  const r = await callOk(a.core, 'exchange.exportPackage', { to: province.id, all: false });
  districtManifest = r.manifest;
  const applied = await importInto(province, Buffer.from(r.contentBase64, 'base64'));
  if (!applied.ok) throw new Error(applied.error.message);
  decisionIds = await enterCommendations(province, 'A1');
  ministry = await makeMinistry(province);
}, 60_000);
afterAll(() => [province, a, b, ministry].forEach((o) => o.core.close()));

/** The kinds' rows of a package, by target. */
async function packageCounts(bytes: Uint8Array): Promise<Record<string, number>> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(new Uint8Array(packageDatabase(bytes)));
  try {
    const rows = db.exec('SELECT target, COUNT(*) FROM records GROUP BY target')[0]?.values ?? [];
    return Object.fromEntries(rows.map(([t, n]) => [String(t), Number(n)]));
  } finally {
    db.close();
  }
}

/** What a list of the Ministry's decisions and their recipients reads, for comparing states. */
async function commendationsAt(o: Office): Promise<unknown[]> {
  const decisions = await callOk(o.core, 'commendations.listDecisions', LIST, viewer);
  const out: unknown[] = [];
  for (const d of decisions.rows) {
    const recipients = await callOk(o.core, 'commendations.listRecipients', { decisionId: d.id, ...LIST }, viewer);
    out.push({ number: d.number, version: d.version, recipients: recipients.rows.map((r) => [r.id, r.name, r.version, r.registryNumber]) });
  }
  return out;
}

describe("commendations travel only in the province's yearly copy for the Ministry", () => {
  it('leaves a district’s commendations out of its package to the province', async () => {
    expect(Object.keys(districtManifest.counts).sort()).toEqual(['models', 'outcomes', 'registrations', 'sessions']);
    const other = await callOk(province.core, 'commendations.listDecisions', { ...LIST, filters: { origin: 'other' } }, viewer);
    expect(other.total).toBe(0);
    expect((await callOk(province.core, 'commendations.listDecisions', LIST, viewer)).total).toBe(2);
  });

  it('carries the decisions, their recipients and documents, and counts them per kind', async () => {
    const r = await callOk(province.core, 'exchange.exportPackage', { to: 'MINISTRY', year: 2017 });
    expect(r.manifest.counts).toMatchObject({ commendations: 2, decisionDocuments: 1, commendationRecipients: 3 });
    const bytes = Buffer.from(r.contentBase64, 'base64');
    expect(await packageCounts(bytes)).toMatchObject({ commendations: 2, decisionDocuments: 1, commendationRecipients: 3 });

    const preview = await importInto(ministry, bytes, true);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.data.kinds.filter((k) => COMMENDATION_KINDS.includes(k.kind))).toEqual([
      { kind: 'commendations', label: 'Quyết định khen thưởng', new: 2, changed: 0, deleted: 0 },
      { kind: 'decisionDocuments', label: 'Văn bản quyết định khen thưởng', new: 1, changed: 0, deleted: 0 },
      { kind: 'commendationRecipients', label: 'Người được khen', new: 3, changed: 0, deleted: 0 },
    ]);
    // The recipients' commune (unknown at the Ministry) is created by its code, as other kinds' units are;
    // the province's own authority entry too.
    expect(preview.data.references).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ what: 'unit', code: '31101', match: 'created' }),
        expect.objectContaining({ what: 'catalogue', code: 'CT_UBND_TN', match: 'created' }),
      ]),
    );
    expect((await callOk(ministry.core, 'commendations.listDecisions', LIST, viewer)).total).toBe(0);
    expect((await importInto(ministry, bytes)).ok).toBe(true);
    // The audit trail logs each kind's creates with the package and their count, and each record's history
    // opens with that entry, as for other kinds.
    const audit = await callOk(ministry.core, 'audit.list', { method: 'exchange.importPackage', limit: 500 }, admin);
    const created = (kind: string) => audit.entries.filter((e) => e.action === 'create' && e.kind === kind).map((e) => e.note);
    expect(created('commendation_decisions')).toEqual([expect.stringMatching(/ — 2 bản ghi$/)]);
    expect(created('decision_documents')).toEqual([expect.stringMatching(/ — 1 bản ghi$/)]);
    expect(created('commendation_recipients')).toEqual([expect.stringMatching(/ — 3 bản ghi$/)]);
    for (const id of decisionIds) {
      const history = await callOk(ministry.core, 'audit.list', { recordId: id, kind: 'commendation_decisions', limit: 5 }, admin);
      // Its first entry (the oldest, listed last) is the package's create.
      expect(history.entries.at(-1)).toMatchObject({ action: 'create', recordId: id, method: 'exchange.importPackage' });
    }
  });

  it('shows them at the Ministry with their origin, recipients, registry numbers and document as the province has them', async () => {
    const list = await callOk(ministry.core, 'commendations.listDecisions', LIST, viewer);
    expect(list.rows.map((d) => [d.originOfficeId, d.originOfficeName, d.fromOtherOffice])).toEqual([
      [province.id, 'Công an tỉnh Thử Nghiệm', true],
      [province.id, 'Công an tỉnh Thử Nghiệm', true],
    ]);
    expect(await commendationsAt(ministry)).toEqual(await commendationsAt(province));
    const filtered = await callOk(ministry.core, 'commendations.listDecisions', { ...LIST, filters: { origin: province.id } }, viewer);
    expect(filtered.total).toBe(2);
    expect((await callOk(ministry.core, 'commendations.listDecisions', { ...LIST, filters: { origin: 'own' } }, viewer)).total).toBe(0);
    const here = await callOk(ministry.core, 'commendations.decisionDocument.get', { id: decisionIds[1]! }, viewer);
    const there = await callOk(province.core, 'commendations.decisionDocument.get', { id: decisionIds[1]! }, viewer);
    expect(here).toEqual(there);
    expect(here.saved && here.document.proposer).toBe('Trưởng Công an huyện An');
    const own = await callOk(province.core, 'commendations.getDecision', { id: decisionIds[0]! }, viewer);
    expect([own.originOfficeId, own.fromOtherOffice]).toEqual([province.id, false]);
  });

  it("computes the Ministry's year report from the detail equal to the figures the province sent", async () => {
    const atProvince = await callOk(province.core, 'reports.build', YEAR, viewer);
    const atMinistry = await callOk(ministry.core, 'reports.build', YEAR, viewer);
    const byOrigin = await callOk(ministry.core, 'reports.build', { ...YEAR, origin: province.id }, viewer);
    expect(total(atProvince, 'commendations')).toBe(3);
    // An indicator by award form and authority is keyed by their entries' ids: the province's own authority
    // has a new id at the Ministry, so those compare by their label (form, authority and who).
    const named = (r: Report) =>
      r.indicators
        .filter((i) => i.key.startsWith('commendations.'))
        .map((i) => [i.label, i.value])
        .sort();
    expect(named(atMinistry)).toEqual(named(atProvince));
    expect(named(byOrigin)).toEqual(named(atProvince));
    expect(named(atProvince)).toHaveLength(3);
    for (const i of atProvince.indicators.filter((x) => !x.key.startsWith('commendations.'))) {
      expect(total(atMinistry, i.key), i.key).toBe(i.value);
      expect(total(byOrigin, i.key), `${i.key} of the province`).toBe(i.value);
    }
    const own = await callOk(ministry.core, 'reports.build', { ...YEAR, origin: 'own' }, viewer);
    expect(total(own, 'commendations')).toBe(0);
  });

  it("keeps the province's commendations read-only at the Ministry, naming the province", async () => {
    const [merit] = decisionIds;
    const d = await callOk(ministry.core, 'commendations.getDecision', { id: merit! }, viewer);
    const [recipient] = (await callOk(ministry.core, 'commendations.listRecipients', { decisionId: merit!, ...LIST }, viewer)).rows;
    const { document } = await callOk(ministry.core, 'commendations.decisionDocument.get', { id: merit! }, viewer);
    const { id: _id, ...fields } = decisionInput();
    const attempts = [
      ministry.core.call('commendations.updateDecision', { ...fields, id: d.id, subject: 'Sửa ở Bộ' }, admin),
      ministry.core.call('commendations.deleteDecision', { id: d.id }, admin),
      ministry.core.call('commendations.addRecipient', { decisionId: d.id, ...person() }, admin),
      ministry.core.call('commendations.updateRecipient', { id: recipient!.id, name: 'Sửa ở Bộ' }, admin),
      ministry.core.call('commendations.deleteRecipient', { id: recipient!.id }, admin),
      ministry.core.call('commendations.moveRecipient', { id: recipient!.id, direction: 'down' }, admin),
      ministry.core.call('commendations.pasteRecipients', { decisionId: d.id, text: 'Nguyễn Văn A\tNam\t1980' }, admin),
      ministry.core.call('commendations.assignRegistryNumbers', { decisionId: d.id }, admin),
      ministry.core.call('commendations.decisionDocument.save', { id: d.id, document }, admin),
      ministry.core.call('certificates.markPrinted', { decisionId: d.id, printedOn: '2017-12-30' }, admin),
    ];
    const before = databaseDigest(ministry.core);
    for (const r of await Promise.all(attempts)) {
      expect(!r.ok && r.error.code).toBe('FORBIDDEN');
      if (!r.ok) expect(r.error.message).toMatch(/Công an tỉnh Thử Nghiệm/);
    }
    expect(databaseDigest(ministry.core)).toBe(before);
  });

  it('lets the Ministry enter its own decision with the number a province used', async () => {
    const own = await callOk(
      ministry.core,
      'commendations.createDecision',
      decisionInput({ number: '125', symbol: 'QĐ-CAT', signedOn: '2017-08-19', year: 2017 }),
    );
    expect(own.fromOtherOffice).toBe(false);
    await callOk(ministry.core, 'commendations.addRecipient', { decisionId: own.id, ...person({ name: 'Lê Thị Hoa' }) });
    await callOk(ministry.core, 'commendations.assignRegistryNumbers', { decisionId: own.id });
    const clash = await ministry.core.call(
      'commendations.createDecision',
      decisionInput({ number: '125', symbol: 'QĐ-CAT', signedOn: '2017-08-19', year: 2017 }),
      admin,
    );
    expect(!clash.ok && clash.error.code).toBe('CONFLICT');
  });
});
