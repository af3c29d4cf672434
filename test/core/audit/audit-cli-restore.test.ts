import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { openCore } from '../../../src-main/core/app/open-core';
import { RESOURCES_DIR, callOk } from '../../fixtures/core';

const office = (officeName: string) => ({ officeName, parentBodyName: 'CA TỈNH', provinceName: 'Bắc Ninh', placeName: 'Bắc Ninh' });

async function cli(...argv: string[]): Promise<string> {
  const out: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => out.push(l) }, { resourcesDir: RESOURCES_DIR });
  expect(code, out.join('\n')).toBe(0);
  return out.join('\n');
}

async function withCore<T>(db: string, fn: (core: Awaited<ReturnType<typeof openCore>>) => Promise<T>): Promise<T> {
  const core = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
  try {
    return await fn(core);
  } finally {
    core.close();
  }
}

describe('audit trail across a restore from the command line', () => {
  it('keeps the rows the backup lacks and logs the restore', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'antq-audit-cli-')), 'office.sqlite');
    await withCore(db, (core) => callOk(core, 'system.settings.update', office('PHÒNG A')));
    const made = /"(office-[^"]+-manual\.sqlite)"/.exec(await cli('backup', '--db', db))?.[1] ?? '';
    await withCore(db, (core) => callOk(core, 'system.settings.update', office('PHÒNG B')));
    await cli('restore', made, '--db', db);
    const entries = await withCore(db, async (core) => {
      expect((await callOk(core, 'system.settings.get', {})).officeName).toBe('PHÒNG A');
      return (await callOk(core, 'audit.list', { limit: 10 })).entries;
    });
    expect(entries.map((e) => e.method)).toEqual([
      'system.backups.restore',
      'system.settings.update',
      // The command line's backup goes through the core's method, logged as any backup.
      'system.backups.create',
      'system.settings.update',
    ]);
    expect(entries[0]).toMatchObject({ username: 'cli', action: 'event' });
    expect(entries[0]?.note).toContain(made);
    expect(entries[1]?.changes).toMatchObject({ office_name: ['PHÒNG A', 'PHÒNG B'] });
  });
});
