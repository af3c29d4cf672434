import { createMemo, createResource, For, Show } from 'solid-js';
import type { GridColumn, GridRow } from '../grid/types';
import { historyLines } from './history-lines';
import type { HistoryResult } from '../../stores/historyStore';
import './RecordHistory.css';

/** Props of a record's history. */
export interface RecordHistoryProps {
  /** The record shown, or null (a new row not saved yet); `version` reloads the history after a save. */
  record: () => { id: string; version: unknown; row?: GridRow } | null;
  /** The grid's columns: their labels and formats name the changed fields. */
  columns: readonly GridColumn[];
  load: (recordId: string) => Promise<HistoryResult>;
}

/** "Lịch sử": who changed the record, when, and which fields from what to what (newest first). */
export default function RecordHistory(props: RecordHistoryProps) {
  // A text key: the history reloads when another record is selected or this one is saved, not at every redraw.
  const key = createMemo(() => {
    const r = props.record();
    return r ? `${String(r.version)}|${r.id}` : false;
  });
  const [result] = createResource(key, (k) => props.load(k.slice(k.indexOf('|') + 1)));
  const lines = () => {
    const r = result();
    return r?.ok ? historyLines(r.entries, props.columns, props.record()?.row) : [];
  };
  return (
    <section class="record-history" aria-label="Lịch sử">
      <h3>Lịch sử</h3>
      <Show when={props.record()} fallback={<p class="muted">Dòng chưa lưu chưa có lịch sử.</p>}>
        <Show when={result()?.ok !== false} fallback={<p class="field-error">{(result() as { message?: string })?.message}</p>}>
          <Show when={lines().length > 0} fallback={<p class="muted">{result.loading ? 'Đang tải…' : 'Chưa có thay đổi nào được ghi.'}</p>}>
            <ol class="history-list">
              <For each={lines()}>
                {(line) => (
                  <li class="history-entry">
                    <div class="history-head">
                      <strong>{line.what}</strong> · {line.who} · <time>{line.when}</time>
                    </div>
                    <For each={line.changes}>
                      {(c) => (
                        <div class="history-change">
                          <span class="history-field">{c.label}:</span> <del>{c.before}</del> → <ins>{c.after}</ins>
                        </div>
                      )}
                    </For>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
