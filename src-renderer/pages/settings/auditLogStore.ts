import { createSignal } from 'solid-js';
import type { ApiInput, ApiOutput } from '../../../src-main/contract';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/download';
import { displayDateToIso } from '../../lib/format';

/** One entry of the trail as the core lists it. */
export type AuditLogEntry = ApiOutput<'audit.list'>['entries'][number];

/** The filters as typed on the page: dates as dd/mm/yyyy. */
export interface AuditLogFilterText {
  username: string;
  kind: string;
  method: string;
  from: string;
  to: string;
}

const PAGE = 50;

/** A typed date as the office's local midnight, as an ISO instant; `nextDay` gives the end of that day. */
function localMidnight(text: string, nextDay: boolean): string | undefined | null {
  if (text.trim() === '') return undefined;
  const iso = displayDateToIso(text);
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, (d ?? 1) + (nextDay ? 1 : 0)).toISOString();
}

/** The filters for the API, or the Vietnamese reason they cannot be read. */
export function auditFilter(f: AuditLogFilterText): { ok: true; filter: ApiInput<'audit.exportXlsx'> } | { ok: false; message: string } {
  const from = localMidnight(f.from, false);
  const to = localMidnight(f.to, true);
  if (from === null) return { ok: false, message: `Từ ngày "${f.from}" không phải ngày (dd/mm/yyyy).` };
  if (to === null) return { ok: false, message: `Đến ngày "${f.to}" không phải ngày (dd/mm/yyyy).` };
  const text = (s: string) => (s.trim() === '' ? undefined : s.trim());
  return { ok: true, filter: { username: text(f.username), kind: text(f.kind), method: text(f.method), from, to } };
}

/** The "Nhật ký thao tác" panel's state: the filtered list (paged) and the Excel export. */
export function createAuditLogStore() {
  const [entries, setEntries] = createSignal<AuditLogEntry[] | null>(null);
  const [next, setNext] = createSignal<number | null>(null);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  let filter: ApiInput<'audit.exportXlsx'> = {};

  async function page(cursor: number | undefined): Promise<void> {
    const r = await call('audit.list', { ...filter, limit: PAGE, cursor });
    if (!r.ok) return void setMessage({ ok: false, text: r.error.message });
    setEntries([...(cursor === undefined ? [] : (entries() ?? [])), ...r.data.entries]);
    setNext(r.data.next);
  }

  async function search(f: AuditLogFilterText): Promise<void> {
    const parsed = auditFilter(f);
    if (!parsed.ok) return void setMessage({ ok: false, text: parsed.message });
    filter = parsed.filter;
    setMessage(null);
    await page(undefined);
  }

  async function exportXlsx(): Promise<void> {
    setBusy(true);
    const r = await call('audit.exportXlsx', filter);
    setBusy(false);
    if (!r.ok) return void setMessage({ ok: false, text: r.error.message });
    downloadBase64(r.data.base64, r.data.fileName, r.data.mimeType);
    setMessage({ ok: true, text: `Đã xuất ${r.data.rows} dòng ra ${r.data.fileName}.` });
  }

  void page(undefined);
  return { entries, next, message, busy, search, more: () => page(next() ?? undefined), exportXlsx };
}

export type AuditLogStore = ReturnType<typeof createAuditLogStore>;
