import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { admin, callOk, viewer } from '../../fixtures/core';
import { decisionInput, person } from '../commendations/fixtures';
import {
  databaseDigest,
  enterCommendations,
  exportToMinistry,
  importInto,
  makeMinistry,
  makeOffices,
  packageDatabase,
  privateKeyOf,
  register,
  resign,
  type Office,
} from './offices';

let province: Office;
let district: Office;
let ministry: Office;
let decisionIds: string[];
let first: Buffer;

const LIST = { offset: 0, limit: 50 };
const COMMENDATION_TARGETS = "('commendations', 'decisionDocuments', 'commendationRecipients')";

beforeAll(async () => {
  const offices = await makeOffices();
  ({ province, a: district } = offices);
  offices.b.core.close();
  decisionIds = await enterCommendations(province, 'A1');
  ministry = await makeMinistry(province);
  first = await exportToMinistry(province);
  const r = await importInto(ministry, first);
  if (!r.ok) throw new Error(r.error.message);
}, 60_000);
afterAll(() => [province, district, ministry].forEach((o) => o.core.close()));

/** An office's decisions, each with its document's proposer and its recipients, for comparing states. */
async function commendationsAt(o: Office): Promise<unknown[]> {
  const decisions = await callOk(o.core, 'commendations.listDecisions', LIST, viewer);
  const out: unknown[] = [];
  for (const d of decisions.rows) {
    const recipients = await callOk(o.core, 'commendations.listRecipients', { decisionId: d.id, ...LIST }, viewer);
    const doc = await callOk(o.core, 'commendations.decisionDocument.get', { id: d.id }, viewer);
    out.push({
      id: d.id,
      number: d.number,
      version: d.version,
      document: doc.saved ? doc.document.proposer : null,
      recipients: recipients.rows.map((r) => [r.id, r.name, r.version, r.seq, r.registryNumber, r.unitName]),
    });
  }
  return out;
}

function kindsOf(r: Awaited<ReturnType<typeof importInto>>): Record<string, unknown> {
  if (!r.ok) throw new Error(r.error.message);
  return Object.fromEntries(r.data.kinds.map((k) => [k.kind, [k.new, k.changed, k.deleted]]));
}

describe("the Ministry's copy of a province's commendations, package after package", () => {
  it('changes nothing when the same package is applied again', async () => {
    const before = databaseDigest(ministry.core);
    const again = await importInto(ministry, first);
    expect(again.ok && again.data.alreadyApplied).toBe(true);
    expect(databaseDigest(ministry.core)).toBe(before);
  });

  it('carries a change, a move, a delete, a new decision and a new text in the next copy, and undoes it', async () => {
    const [merit, praise] = decisionIds;
    const [firstOfMerit] = (await callOk(province.core, 'commendations.listRecipients', { decisionId: merit!, ...LIST })).rows;
    const [onlyOfPraise] = (await callOk(province.core, 'commendations.listRecipients', { decisionId: praise!, ...LIST })).rows;
    await callOk(province.core, 'commendations.updateRecipient', { id: firstOfMerit!.id, name: 'Khu dân cư Đông Hưng' });
    await callOk(province.core, 'commendations.deleteRecipient', { id: onlyOfPraise!.id });
    // Moved down: it trades its STT and số sổ with the next one, which the Ministry still holds on that one.
    await callOk(province.core, 'commendations.moveRecipient', { id: firstOfMerit!.id, direction: 'down' });
    const { document } = await callOk(province.core, 'commendations.decisionDocument.get', { id: praise! });
    await callOk(province.core, 'commendations.decisionDocument.save', {
      id: praise!,
      document: { ...document, proposer: 'Trưởng phòng PV01' },
    });
    // A commune the Ministry does not know yet: created there under its district, matched by code.
    const commune = await callOk(province.core, 'units.create', {
      code: '31103',
      name: 'Xã An Ba',
      kind: 'commune',
      parentId: province.units['A']!,
    });
    const added = await callOk(
      province.core,
      'commendations.createDecision',
      decisionInput({ number: '130', symbol: 'QĐ-CAT', signedOn: '2017-12-25', year: 2017 }),
    );
    await callOk(province.core, 'commendations.addRecipient', {
      decisionId: added.id,
      ...person({ name: 'Phạm Văn Cường', unitId: commune.id }),
    });

    const before = await commendationsAt(ministry);
    const next = await exportToMinistry(province);
    const preview = await importInto(ministry, next, true);
    expect(kindsOf(preview)).toMatchObject({ commendations: [1, 0, 0], decisionDocuments: [0, 1, 0], commendationRecipients: [1, 2, 1] });
    expect(preview.ok && preview.data.references).toContainEqual({
      what: 'unit',
      code: '31103',
      name: 'Xã An Ba',
      match: 'created',
      under: 'Huyện An',
    });
    expect((await importInto(ministry, next)).ok).toBe(true);
    const after = await commendationsAt(ministry);
    expect(after).toEqual(await commendationsAt(province));

    await callOk(ministry.core, 'exchange.undoLastImport', { officeId: province.id });
    expect(await commendationsAt(ministry)).toEqual(before);
    // Undoing the first package too removes every commendation it brought.
    await callOk(ministry.core, 'exchange.undoLastImport', { officeId: province.id });
    expect((await callOk(ministry.core, 'commendations.listDecisions', LIST, viewer)).total).toBe(0);
    const left = ministry.core.env.store.get<{ n: number }>(
      'SELECT (SELECT COUNT(*) FROM commendation_recipients) + (SELECT COUNT(*) FROM decision_documents) AS n',
    );
    expect(left?.n).toBe(0);
    expect((await importInto(ministry, next)).ok).toBe(true);
    expect(await commendationsAt(ministry)).toEqual(after);
  });

  it('refuses, changing nothing, commendations sent to anyone but the Ministry', async () => {
    await register(district, province);
    const forged = await resign(await exportToMinistry(province), privateKeyOf(province), {
      manifest: (m) => ({ ...m, receiver: district.id }),
    });
    const before = databaseDigest(district.core);
    const r = await importInto(district, forged);
    expect(!r.ok && r.error.message).toMatch(/khen thưởng chỉ đi trong gói của tỉnh gửi Bộ/);
    expect(databaseDigest(district.core)).toBe(before);
  });

  it("refuses, changing nothing, a package with a decision the Ministry owns or a name put into the Ministry's own decision", async () => {
    const own = await callOk(ministry.core, 'commendations.createDecision', decisionInput({ number: '7', symbol: 'QĐ-BCA' }));
    const pack = await exportToMinistry(province);
    const key = privateKeyOf(province);
    const takesOwn = await resign(pack, key, {
      sql: `UPDATE records SET id = '${own.id}' WHERE rowid = (SELECT MIN(rowid) FROM records WHERE target = 'commendations')`,
    });
    const keys = await recipientKeys(pack);
    const intoOwn = await resign(pack, key, {
      sql: `UPDATE records SET id = 'f0000000-0000-4000-8000-000000000001', data = json_set(data, '$[${keys.indexOf('decisionId')}]', '${own.id}')
            WHERE rowid = (SELECT MIN(rowid) FROM records WHERE target = 'commendationRecipients')`,
    });
    const before = databaseDigest(ministry.core);
    const a = await importInto(ministry, takesOwn);
    expect(!a.ok && a.error.code).toBe('CONFLICT');
    if (!a.ok) expect(a.error.message).toMatch(/quyết định khen thưởng không thuộc cơ quan đó/);
    const b = await importInto(ministry, intoOwn);
    expect(!b.ok && b.error.code).toBe('CONFLICT');
    if (!b.ok) expect(b.error.message).toMatch(/không thuộc cơ quan gửi/);
    expect(databaseDigest(ministry.core)).toBe(before);
    await callOk(ministry.core, 'commendations.deleteDecision', { id: own.id }, admin);
  });

  it('leaves the commendations alone when a (format 1) package from a program before they travelled does not count them', async () => {
    const before = await commendationsAt(ministry);
    await callOk(province.core, 'commendations.createDecision', decisionInput({ number: '140', symbol: 'QĐ-CAT' }));
    const older = await resign(await exportToMinistry(province), privateKeyOf(province), {
      sql: ['records', 'held', 'fields'].map((t) => `DELETE FROM ${t} WHERE target IN ${COMMENDATION_TARGETS};`).join('\n'),
      // Stored as format 1 (the plain database) too, as a package made before compression.
      plain: true,
      manifest: (m) => ({
        ...m,
        formatVersion: 1,
        counts: Object.fromEntries(Object.entries(m.counts).filter(([k]) => !COMMENDATION_TARGETS.includes(`'${k}'`))),
      }),
    });
    const r = await importInto(ministry, older);
    expect(kindsOf(r)).not.toHaveProperty('commendations');
    expect(await commendationsAt(ministry)).toEqual(before);
  });
});

/** The field keys of the recipients in a package, in the order their values are stored. */
async function recipientKeys(bytes: Uint8Array): Promise<string[]> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(new Uint8Array(packageDatabase(bytes)));
  try {
    return JSON.parse(String(db.exec("SELECT keys FROM fields WHERE target = 'commendationRecipients'")[0]!.values[0]![0])) as string[];
  } finally {
    db.close();
  }
}
