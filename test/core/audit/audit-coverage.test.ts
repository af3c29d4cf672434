import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/core/app/domains';
import { AuditTrail } from '../../../src-main/core/audit';
import { auditedTables, captureTriggerTables } from '../../../src-main/core/audit/audit-capture.repo';
import { UNAUDITED_TABLES } from '../../../src-main/core/audit/audit-coverage';
import { openMemoryStore } from '../../../src-main/core/db/memory-store';
import type { Connection } from '../../../src-main/core/db/types';
import { makeTestCore } from '../../fixtures/core';

/** The store's live connection, as the audit trail's set-up sees it. */
async function storeWith(extra: string | null) {
  const all = extra ? [...migrations, { version: 999, name: 'a later table', sql: extra }] : migrations;
  const store = await openMemoryStore(all);
  let conn: Connection | null = null;
  store.onConnection((c) => (conn = c));
  const trail = new AuditTrail(store);
  if (!conn) throw new Error('no connection');
  return { store, conn: conn as Connection, trail };
}

describe('audit coverage', () => {
  it('follows every table of the schema, except the listed ones and full-text indexes', async () => {
    const { conn } = await storeWith(null);
    const tables = conn.all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
    const followed = new Set(captureTriggerTables(conn));
    const unfollowed = tables.map((t) => t.name).filter((t) => !followed.has(t));
    // Each table left out is listed with its reason, or belongs to a full-text index.
    for (const name of unfollowed) expect(Object.hasOwn(UNAUDITED_TABLES, name) || /_fts(_\w+)?$/.test(name), name).toBe(true);
    for (const name of ['units', 'security_models', 'catalogue_entries', 'commendation_decisions', 'commendation_recipients', 'settings']) {
      expect(followed.has(name), name).toBe(true);
    }
    expect(new Set(auditedTables(conn))).toEqual(followed);
  });

  it('follows a table a later migration adds, without being told', async () => {
    const { store, trail, conn } = await storeWith('CREATE TABLE later_things (id TEXT PRIMARY KEY, label TEXT, password_hash TEXT);');
    expect(captureTriggerTables(conn)).toContain('later_things');
    const audited = trail.storeFor(() => ({
      at: '2026-11-20T00:00:00.000Z',
      userId: null,
      username: 'u',
      role: 'admin',
      method: 'x.save',
    }));
    audited.write((tx) => tx.run(`INSERT INTO later_things VALUES ('a', 'one', 'secret-hash')`));
    audited.write((tx) => tx.run(`UPDATE later_things SET password_hash = 'other-hash'`));
    const rows = store.all<{ kind: string; record_id: string; action: string; changes: string }>(
      'SELECT kind, record_id, action, changes FROM audit_log ORDER BY id',
    );
    expect(rows).toEqual([
      { kind: 'later_things', record_id: 'a', action: 'create', changes: JSON.stringify({ label: [null, 'one'] }) },
      // A password change is logged, its values never.
      { kind: 'later_things', record_id: 'a', action: 'update', changes: '{}' },
    ]);
    expect(JSON.stringify(store.all('SELECT * FROM audit_log'))).not.toContain('hash');
  });

  it('does not capture writes made outside a call (seeds, migrations)', async () => {
    const core = await makeTestCore();
    core.env.store.write((tx) => tx.run(`UPDATE settings SET office_name = 'X'`));
    expect(core.env.store.get<{ n: number }>('SELECT count(*) AS n FROM audit_log')?.n).toBe(0);
    expect(core.env.store.get<{ n: number }>('SELECT count(*) AS n FROM temp.audit_pending')?.n).toBe(0);
    core.close();
  });
});
