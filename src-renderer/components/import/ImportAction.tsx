import { createSignal, onMount, Show } from 'solid-js';
import { formatVnNumber } from '../../../src-main/shared/vn-number';
import { can } from '../../lib/permissions';
import { loadLastImport, undoImport, type ImportScope, type LastImport } from '../../stores/importStore';
import ImportDialog from './ImportDialog';

/** Props of a page's import action. */
export interface ImportActionProps {
  scope: ImportScope;
  noun: string;
  /** Called after an import or its undo, so the page reloads its grid. */
  onChanged: () => void;
}

/**
 * "Nhập từ Excel" on a page's toolbar, and after an import the offer to undo it (the newest import
 * of the page's kind not undone, as the core keeps it, so a reload still offers it).
 */
export default function ImportAction(props: ImportActionProps) {
  const [open, setOpen] = createSignal(false);
  const [last, setLast] = createSignal<LastImport | null>(null);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  onMount(() => void loadLastImport(props.scope).then(setLast));
  async function undo() {
    const done = last();
    if (!done) return;
    const failure = await undoImport(done.id);
    if (failure) return setMessage({ ok: false, text: failure });
    setMessage({ ok: true, text: `Đã hoàn tác lần nhập "${done.fileName}": xoá ${formatVnNumber(done.created)} dòng.` });
    setLast(await loadLastImport(props.scope));
    props.onChanged();
  }
  // Importing and undoing an import are a clerk's: a viewer sees neither, wherever a page puts this.
  return (
    <Show when={can('edit')}>
      <button type="button" class="btn" onClick={() => setOpen(true)}>
        Nhập từ Excel…
      </button>
      <Show when={last()}>
        {(l) => (
          <span class="import-last">
            Đã nhập {formatVnNumber(l().created)} dòng từ "{l().fileName || 'tệp Excel'}".{' '}
            <button type="button" class="btn" onClick={() => void undo()}>
              Hoàn tác lần nhập
            </button>
          </span>
        )}
      </Show>
      <Show when={message()}>
        {(m) => (
          <span class={m().ok ? 'import-message notice-ok' : 'import-message notice-error'} role={m().ok ? 'status' : 'alert'}>
            {m().text}
          </span>
        )}
      </Show>
      <ImportDialog
        open={open()}
        scope={props.scope}
        noun={props.noun}
        onClose={() => setOpen(false)}
        onImported={(l) => {
          setOpen(false);
          setLast(l);
          setMessage(null);
          props.onChanged();
        }}
      />
    </Show>
  );
}
