import type { CellPatch, GridResult, GridRow } from '../../../src-renderer/components/grid/types';
import { FakeSource } from './fake-source';

/**
 * The fake list with the core's versions (issue 10): every row has `version`, each write adds 1 and
 * answers with the whole row, and a write with a stale `expectedVersion` is refused with CONFLICT and
 * the row as it is now. Two grids over one source are two windows over one database.
 */
export class VersionedSource extends FakeSource {
  constructor(count = 0) {
    super(count);
    for (const r of this.rows) r.version = 1;
  }

  private stale(id: string, expected: number | undefined): GridResult<unknown> | null {
    const row = this.rows.find((r) => r.id === id);
    if (!row || expected === undefined || row.version === expected) return null;
    return { ok: false, error: { code: 'CONFLICT', message: 'Bản ghi này vừa được sửa ở cửa sổ khác.', current: { ...row } } };
  }

  override async update(id: string, patch: CellPatch, expected?: number): Promise<GridResult<unknown>> {
    const refused = this.stale(id, expected);
    if (refused) return refused;
    const res = await super.update(id, patch);
    if (!res.ok) return res;
    const row = this.rows.find((r) => r.id === id) as GridRow;
    row.version = Number(row.version) + 1;
    return { ok: true, data: { ...row } };
  }

  override async create(values: CellPatch): Promise<GridResult<unknown>> {
    const res = await super.create(values);
    if (!res.ok) return res;
    const row = this.rows.at(-1) as GridRow;
    row.version = 1;
    return { ok: true, data: { ...row } };
  }

  override async remove(id: string, expected?: number): Promise<GridResult<unknown>> {
    return this.stale(id, expected) ?? super.remove(id);
  }
}
