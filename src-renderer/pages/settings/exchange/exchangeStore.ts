import { createSignal } from 'solid-js';
import type { ApiOutput } from '../../../../src-main/contract';
import { call } from '../../../lib/api';

export type OfficeView = NonNullable<ApiOutput<'office.get'>>;
export type RegisteredOffice = ApiOutput<'offices.list'>[number];
export type ReceivedImport = ApiOutput<'exchange.imports'>[number];

/** A registered office with the last package received from it that is still applied (not undone). */
export interface OfficeRow {
  office: RegisteredOffice;
  last: ReceivedImport | null;
}

/**
 * What the Trao đổi dữ liệu page shows: this database's office and the offices that send it packages.
 * Each action reloads what it changed; the core validates and answers Vietnamese messages.
 */
export function createExchangeStore() {
  const [office, setOffice] = createSignal<OfficeView | null | undefined>(undefined);
  const [offices, setOffices] = createSignal<OfficeRow[] | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  async function reload(): Promise<void> {
    const [own, list, received] = await Promise.all([call('office.get', {}), call('offices.list', {}), call('exchange.imports', {})]);
    if (!own.ok || !list.ok || !received.ok) {
      const failed = [own, list, received].find((r) => !r.ok);
      setError(failed && !failed.ok ? failed.error.message : 'Không tải được dữ liệu trao đổi.');
      return;
    }
    setError(null);
    setOffice(own.data);
    // exchange.imports answers newest first: the first row of an office that is not undone is its last.
    const lastOf = (id: string) => received.data.find((r) => r.officeId === id && r.undoneAt === null) ?? null;
    setOffices(list.data.map((o) => ({ office: o, last: lastOf(o.id) })));
  }

  return { office, offices, error, reload };
}

/**
 * Reads a chosen file's bytes as base64 (the API carries files in JSON), telling `onRead` how many
 * bytes are in so far: a package from a USB stick can take a while.
 */
export async function fileAsBase64(file: File, onRead: (done: number) => void = () => undefined): Promise<string> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let done = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    bytes.set(part.value, done);
    done += part.value.length;
    onRead(done);
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The travelling kinds' Vietnamese names, for counts the core keys by kind. */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  models: 'Mô hình',
  sessions: 'Buổi tuyên truyền',
  outcomes: 'Kết quả',
  registrations: 'Đăng ký an toàn',
  // Only in the province's copy for the Ministry (core/exchange/targets.ts).
  commendations: 'Quyết định khen thưởng',
  decisionDocuments: 'Văn bản quyết định khen thưởng',
  commendationRecipients: 'Người được khen',
};

/** Counts by kind as Vietnamese text: "Mô hình: 2, Buổi tuyên truyền: 3". */
export function countsText(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${KIND_LABELS[k] ?? k}: ${n.toLocaleString('vi-VN')}`);
  return parts.length > 0 ? parts.join(', ') : 'không có bản ghi';
}
