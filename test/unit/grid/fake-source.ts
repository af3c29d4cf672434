import type { CellPatch, GridColumn, GridQuery, GridResult, GridRow, GridSource } from '../../../src-renderer/components/grid/types';

/**
 * An in-memory list with the core's behaviour the grid relies on: paging, a name filter and search,
 * and validation that rejects a whole call with field issues (name required, count a non-negative integer).
 */
export class FakeSource implements GridSource {
  rows: GridRow[] = [];
  calls: string[] = [];
  private next = 1;

  constructor(count = 0) {
    for (let i = 0; i < count; i += 1)
      this.rows.push({ id: `id${this.next++}`, name: `Tổ ${i}`, count: i, unitId: 'u1', unitName: 'Xã An Bình' });
  }

  async list(q: GridQuery): Promise<GridResult<{ total: number; rows: GridRow[] }>> {
    this.calls.push(`list ${q.offset}`);
    const fold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase();
    const wanted = q.search !== '' || (q.filters.name ?? '') !== '';
    const hit = !wanted
      ? this.rows
      : this.rows.filter((r) => fold(String(r.name)).includes(fold(q.search)) && fold(String(r.name)).includes(fold(q.filters.name ?? '')));
    return { ok: true, data: { total: hit.length, rows: hit.slice(q.offset, q.offset + q.limit).map((r) => ({ ...r })) } };
  }

  private check(values: CellPatch, creating: boolean) {
    const issues: { path: string[]; message: string }[] = [];
    if ((creating || 'name' in values) && (values.name === null || values.name === undefined || values.name === ''))
      issues.push({ path: ['name'], message: 'Tên là bắt buộc.' });
    if (creating && !values.unitId) issues.push({ path: ['unitId'], message: 'Chọn đơn vị.' });
    if (
      'count' in values &&
      values.count !== null &&
      (typeof values.count !== 'number' || values.count < 0 || !Number.isInteger(values.count))
    ) {
      issues.push({ path: ['count'], message: 'Số lượng phải là số nguyên không âm.' });
    }
    return issues.length ? { ok: false as const, error: { code: 'VALIDATION', message: issues[0]?.message ?? '', issues } } : null;
  }

  async update(id: string, patch: CellPatch): Promise<GridResult<unknown>> {
    this.calls.push(`update ${id} ${JSON.stringify(patch)}`);
    const bad = this.check(patch, false);
    if (bad) return bad;
    const row = this.rows.find((r) => r.id === id);
    if (!row) return { ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy bản ghi.' } };
    Object.assign(row, patch);
    return { ok: true, data: { id } };
  }

  async create(values: CellPatch): Promise<GridResult<unknown>> {
    this.calls.push(`create ${JSON.stringify(values)}`);
    const bad = this.check(values, true);
    if (bad) return bad;
    const id = `id${this.next++}`;
    this.rows.push({ id, unitName: 'Xã An Bình', ...values });
    return { ok: true, data: { id } };
  }

  async remove(id: string): Promise<GridResult<unknown>> {
    this.rows = this.rows.filter((r) => r.id !== id);
    return { ok: true, data: {} };
  }
}

export const fakeColumns: GridColumn[] = [
  { key: 'name', label: 'Tên mô hình', type: 'text', width: 200 },
  { key: 'count', label: 'Số tổ', type: 'number', width: 80 },
  { key: 'unitId', label: 'Đơn vị', type: 'unit', width: 160, labelKey: 'unitName' },
];

export const resolveUnit = async (text: string) => (text === 'Xã An Bình' || text === 'AB' ? { id: 'u1', label: 'Xã An Bình' } : null);
