import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../src-main/contract';
import { describeApi } from '../../../src-main/contract/describe-api';
import { admin, callOk, makeTestCore } from '../../fixtures/core';

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; enum?: unknown[] };

/** An input aimed at the trail: every id field names an audited record or an audit row, every text the trail's table. */
function aimedAt(schema: JsonSchema, target: { recordId: string; rowId: number }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const type = Array.isArray(prop.type) ? prop.type[0] : prop.type;
    if (prop.enum) out[name] = prop.enum[0];
    else if (/id$/i.test(name) && type === 'string') out[name] = target.recordId;
    else if (type === 'string') out[name] = 'audit_log';
    else if (type === 'number' || type === 'integer') out[name] = target.rowId;
    else if (type === 'boolean') out[name] = true;
    else if (type === 'array') out[name] = [target.recordId];
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('audit trail is append-only', () => {
  it('refuses UPDATE and DELETE of its rows in SQL, whoever runs them', async () => {
    const core = await makeTestCore();
    await callOk(core, 'units.create', { name: 'Tỉnh Bắc Ninh', kind: 'province' });
    expect(() => core.env.store.write((tx) => tx.run(`UPDATE audit_log SET username = 'x'`))).toThrow(/append-only/);
    expect(() => core.env.store.write((tx) => tx.run(`DELETE FROM audit_log`))).toThrow(/append-only/);
    expect(core.env.store.get<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE username = 'cli'`)?.n).toBe(1);
    core.close();
  });

  it('no method of the API changes or deletes a row of the trail, whatever it is sent', async () => {
    const core = await makeTestCore();
    const unit = await callOk(core, 'units.create', { name: 'Tỉnh Bắc Ninh', kind: 'province' });
    await callOk(core, 'units.update', { id: unit.id, name: 'Tỉnh Bắc Giang' });
    const trail = () => core.env.store.all<Record<string, unknown>>('SELECT * FROM audit_log ORDER BY id');
    const before = trail();
    const target = { recordId: unit.id, rowId: Number(before[0]?.id) };
    const api = describeApi(contract);
    for (const [name, spec] of Object.entries(api.methods)) {
      const aimed = aimedAt(spec.input as JsonSchema, target);
      for (const input of [{}, { id: unit.id }, { id: target.rowId }, aimed]) await core.dispatch(name, input, admin);
    }
    // Every earlier row is still there, unchanged; calls only appended.
    expect(trail().slice(0, before.length)).toEqual(before);
    core.close();
  }, 60_000);

  it('has no API method but reads of the trail, and no SQL writing it outside the trail module', () => {
    const auditMethods = Object.keys(contract).filter((n) => n.startsWith('audit.'));
    expect(auditMethods.sort()).toEqual(['audit.exportXlsx', 'audit.list']);
    const root = resolve(__dirname, '../../../src-main');
    const writers = sourceFiles(root).filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /(UPDATE|DELETE\s+FROM|INSERT\s+(OR\s+\w+\s+)?INTO)\s+audit_log/i.test(text);
    });
    expect(writers.map((f) => relative(root, f))).toEqual(['core/audit/audit-log.repo.ts']);
  });
});
