import { createHash } from 'node:crypto';
import type { PackageManifest } from '../../../src-main/contract/exchange/exchange.contract';
import type { Core } from '../../../src-main/core/app/open-core';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { signText } from '../../../src-main/core/exchange/keys';
import { packFile, unpackFile } from '../../../src-main/core/exchange/package-file';
import { hashPackageData } from '../../../src-main/core/exchange/package-tables.repo';
import type { UnitKind } from '../../../src-main/contract/units/unit';
import { admin, callOk, makeTestCore } from '../../fixtures/core';
import { entryId } from '../../fixtures/seed/catalogue-ids';
import { tableNames, tableRows } from '../../fixtures/table-rows';
import { FORM, decisionInput, person } from '../commendations/fixtures';

/**
 * A province and two districts, each with its own database: the same unit codes (mã đơn vị hành
 * chính), each district's records entered at the district, keys registered at the province.
 */
export interface Office {
  core: Core;
  id: string;
  units: Record<string, string>;
}

async function unit(o: Office, key: string, code: string, name: string, kind: UnitKind, parent: string | null): Promise<void> {
  o.units[key] = (await callOk(o.core, 'units.create', { code, name, kind, parentId: parent ? o.units[parent]! : null }, admin)).id;
}

/** Every office's database has the province and district units; communes only where `communes` say. */
export async function makeOffice(
  id: string,
  name: string,
  level: 'district' | 'province',
  code: string,
  parent: string | null,
  dbPath?: string,
): Promise<Office> {
  const o: Office = { core: await makeTestCore({ dbPath }), id, units: {} };
  await callOk(o.core, 'office.set', { id, code, name, level, parentOfficeId: parent });
  await unit(o, 'P', '31', 'Tỉnh Thử Nghiệm', 'province', null);
  await unit(o, 'A', '311', 'Huyện An', 'district', 'P');
  await unit(o, 'B', '312', 'Huyện Bình', 'district', 'P');
  return o;
}

/** The province's database is in memory, or in the file `provinceDbPath` (a durable store, as in the app). */
export async function makeOffices(provinceDbPath?: string): Promise<{ province: Office; a: Office; b: Office }> {
  const province = await makeOffice('CAT-TN', 'Công an tỉnh Thử Nghiệm', 'province', '31', null, provinceDbPath);
  const a = await makeOffice('CAH-AN', 'Công an huyện An', 'district', '311', 'CAT-TN');
  const b = await makeOffice('CAH-BINH', 'Công an huyện Bình', 'district', '312', 'CAT-TN');
  // Communes: A's first one is also known at the province; A's second and B's are not.
  await unit(province, 'A1', '31101', 'Xã An Một', 'commune', 'A');
  await unit(a, 'A1', '31101', 'Xã An Một', 'commune', 'A');
  await unit(a, 'A2', '31102', 'Xã An Hai', 'commune', 'A');
  await unit(b, 'B1', '31201', 'Xã Bình Một', 'commune', 'B');
  for (const d of [a, b]) await register(province, d);
  return { province, a, b };
}

/** Registers `sender`'s key at `receiver`, after reading its fingerprint (trust on first use). */
export async function register(receiver: Office, sender: Office): Promise<void> {
  const own = await callOk(sender.core, 'office.get', {});
  if (!own) throw new Error('office not set');
  const input = { id: own.id, code: own.code, name: own.name, level: own.level, publicKey: own.publicKey };
  const first = await callOk(receiver.core, 'offices.add', input);
  if (first.registered || first.fingerprint !== own.fingerprint) throw new Error('the fingerprint should be shown first');
  await callOk(receiver.core, 'offices.add', { ...input, confirm: true });
}

/** A district's year of work: a model, sessions (one of the model), outcomes, a registration. */
export async function enterWork(o: Office, commune: string, scale: number): Promise<void> {
  const unitId = o.units[commune]!;
  const model = await callOk(o.core, 'models.create', {
    typeId: entryId('TIENG_KENG'),
    name: `Tiếng kẻng ${commune}`,
    unitId,
    foundedOn: '2017-02-01',
  });
  for (let i = 1; i <= 3; i++) {
    await callOk(o.core, 'sessions.create', {
      heldOn: `2017-0${i}-15`,
      unitId,
      venueKindId: entryId('KHU_DAN_CU'),
      formId: entryId('TUYEN_TRUYEN'),
      topic: `Phòng chống tội phạm ${i}`,
      attendees: 10 * i * scale,
      modelId: i === 1 ? model.id : null,
    });
  }
  await callOk(o.core, 'outcomes.save', { unitId, period: '2017-04', tipsReceived: 5 * scale, valuableTips: scale, casesSolved: scale });
  await callOk(o.core, 'registrations.create', { unitId, year: 2017, registeredOn: '2017-01-20' });
}

/**
 * An office's commendations of 2017: a Bằng khen of the province's chairman (an authority entered here,
 * unknown elsewhere) to a commune's collective and a person, and a Giấy khen of the police director with
 * its document's parts saved; registry numbers given to both. Answers the decisions' ids.
 */
export async function enterCommendations(o: Office, commune: string): Promise<string[]> {
  const unitId = o.units[commune]!;
  const chairman = await callOk(o.core, 'catalogues.create', {
    catalogue: 'awarding_authority',
    code: 'CT_UBND_TN',
    name: 'Chủ tịch UBND tỉnh Thử Nghiệm',
  });
  const merit = await callOk(
    o.core,
    'commendations.createDecision',
    decisionInput({
      number: '12',
      symbol: 'QĐ-UBND',
      signedOn: '2017-12-20',
      year: 2017,
      authorityId: chairman.id,
      awardFormId: FORM.merit,
    }),
  );
  await callOk(o.core, 'commendations.addRecipient', {
    decisionId: merit.id,
    ...person({ kind: 'collective', name: 'Khu dân cư Đông', gender: null, birthYear: null, unitId }),
  });
  await callOk(o.core, 'commendations.addRecipient', {
    decisionId: merit.id,
    ...person({ name: 'Trần Văn Bình', gender: 'male', unitId }),
  });
  const praise = await callOk(
    o.core,
    'commendations.createDecision',
    decisionInput({ number: '125', symbol: 'QĐ-CAT', signedOn: '2017-08-19', year: 2017 }),
  );
  await callOk(o.core, 'commendations.addRecipient', { decisionId: praise.id, ...person({ unitId: o.units['A']! }) });
  for (const d of [merit, praise]) await callOk(o.core, 'commendations.assignRegistryNumbers', { decisionId: d.id });
  const { document } = await callOk(o.core, 'commendations.decisionDocument.get', { id: praise.id });
  await callOk(o.core, 'commendations.decisionDocument.save', {
    id: praise.id,
    document: { ...document, proposer: 'Trưởng Công an huyện An' },
  });
  return [merit.id, praise.id];
}

/** The Ministry's test office (the receiver id every province's yearly copy names), with `province`'s key registered. */
export async function makeMinistry(province: Office): Promise<Office> {
  const ministry: Office = { core: await makeTestCore(), id: 'MINISTRY', units: {} };
  await callOk(ministry.core, 'office.set', { id: 'MINISTRY', code: 'BCA', name: 'Bộ Công an', level: 'ministry', parentOfficeId: null });
  await register(ministry, province);
  return ministry;
}

/** The province's yearly copy for the Ministry. */
export async function exportToMinistry(o: Office, year = 2017): Promise<Buffer> {
  const r = await callOk(o.core, 'exchange.exportPackage', { to: 'MINISTRY', year });
  return Buffer.from(r.contentBase64, 'base64');
}

export async function exportTo(o: Office, to: string, all = false): Promise<Buffer> {
  const r = await callOk(o.core, 'exchange.exportPackage', { to, all });
  return Buffer.from(r.contentBase64, 'base64');
}

export function importInto(o: Office, bytes: Uint8Array, dryRun = false) {
  return o.core.call('exchange.importPackage', { contentBase64: Buffer.from(bytes).toString('base64'), dryRun }, admin);
}

/**
 * A digest of every table's rows (FTS shadow tables included): equal digests, an unchanged database. The
 * store's own bookkeeping (the checkpoint generation, bumped by every checkpoint) is not its content.
 */
export function databaseDigest(core: Core): string {
  const db = core.env.store;
  const hash = createHash('sha256');
  for (const name of tableNames(db).filter((n) => n !== 'antq_store_meta')) {
    hash.update(`\u0000${name}\u0000`);
    for (const row of tableRows(db, name)) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** The office's private key, read from its database as only the core does (for forging packages in tests). */
export function privateKeyOf(o: Office): string {
  const row = o.core.env.store.get<{ k: string }>('SELECT private_key AS k FROM exchange_office');
  if (!row) throw new Error('office not set');
  return row.k;
}

/** The SQLite database inside a package file (format 2 gzips it; format 1 is the database itself). */
export function packageDatabase(file: Uint8Array): Buffer {
  const { database } = unpackFile(file);
  return Buffer.from(database.buffer, database.byteOffset, database.byteLength);
}

/**
 * A package changed after it was made and signed again with `privateKey`: `sql` edits its data, `edit` its
 * manifest; the data hash is recomputed, so only the check under test can refuse it. `plain` stores the
 * result as format 1 did (the database itself, not compressed); the file is compressed otherwise.
 */
export async function resign(
  bytes: Uint8Array,
  privateKey: string,
  edit: { sql?: string; manifest?: (m: PackageManifest) => PackageManifest; plain?: boolean },
): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  // A copy: sql.js may keep the given buffer as the file's memory and write into it.
  const db = new SQL.Database(new Uint8Array(packageDatabase(bytes)));
  try {
    if (edit.sql) db.exec(edit.sql);
    const current = JSON.parse(String(db.exec('SELECT json FROM manifest')[0]!.values[0]![0])) as PackageManifest;
    const manifest = (edit.manifest ?? ((m) => m))({ ...current, dataHash: hashPackageData(db) });
    const text = JSON.stringify(manifest);
    db.run('UPDATE manifest SET json = ?', [text]);
    db.run('UPDATE signature SET value = ?', [signText(privateKey, text)]);
    return edit.plain ? db.export() : packFile(db.export());
  } finally {
    db.close();
  }
}
