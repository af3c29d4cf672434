import { createSignal, Show } from 'solid-js';
import { markPrinted } from './commendationsStore';

export interface PrintConfirmProps {
  decisionId: string;
  /** Pages in the PDF the clerk printed. */
  pages: number;
  /** Who is in the PDF: the selected recipients, or undefined for the whole decision. */
  recipientIds?: string[];
  /** Recipients selected in the grid now: a sheet that came out wrong is left out by confirming only these. */
  selectedIds: string[];
  onConfirmed: () => void;
  onError: (message: string) => void;
}

function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * "Ngày in" is recorded only here, once the clerk has looked at the printed sheets: making or saving the
 * PDF says nothing about whether the printer jammed or the phôi was fed crooked.
 */
export default function PrintConfirm(props: PrintConfirmProps) {
  const [done, setDone] = createSignal<string | null>(null);
  async function confirm(recipientIds?: string[]) {
    const r = await markPrinted(props.decisionId, todayIso(), recipientIds);
    if (!r.ok) return props.onError(r.message);
    setDone(`Đã ghi ngày in cho ${r.data.marked} người.`);
    props.onConfirmed();
  }
  return (
    <div class="toolbar print-confirm" role="group" aria-label="Xác nhận đã in">
      <span>Sau khi in, xem lại các tờ rồi xác nhận những tờ đã in đúng (ngày in chỉ được ghi lúc này).</span>
      <button type="button" class="btn btn-primary" onClick={() => void confirm(props.recipientIds)}>
        Đã in đúng cả lượt ({props.pages} tờ)
      </button>
      <button type="button" class="btn" disabled={props.selectedIds.length === 0} onClick={() => void confirm(props.selectedIds)}>
        Chỉ {props.selectedIds.length} người đã chọn in đúng
      </button>
      <Show when={done()}>{(m) => <span class="notice notice-ok">{m()}</span>}</Show>
    </div>
  );
}
