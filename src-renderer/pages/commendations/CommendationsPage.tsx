import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import ConfirmDialog from '../../components/form/ConfirmDialog';
import PageDraftList from '../../components/form/PageDraftList';
import { createPageDrafts, type PageDraft } from '../../lib/dialog-draft';
import { isoToDisplayDate } from '../../lib/format';
import { loadCatalogues } from '../../stores/cataloguesStore';
import DecisionDocumentPanel from './DecisionDocumentPanel';
import DecisionForm from './DecisionForm';
import DecisionHistory from './DecisionHistory';
import DecisionList from './DecisionList';
import PrintPanel from './PrintPanel';
import PrintSettings from './PrintSettings';
import RecipientsPanel from './RecipientsPanel';
import { deleteDecision, listDecisions, type Decision } from './commendationsStore';
import { DECISION_DOCUMENT_DRAFTS } from './decision-document-form';
import { subscribeChanges } from '../../lib/live';
import { can } from '../../lib/permissions';
import { loadOriginOffices, originColumn, originLock } from '../../stores/originColumn';
import './commendations.css';
import ErrorNotice from '../../components/form/ErrorNotice';

/**
 * Section "Khen thưởng": commendation decisions, their recipients (grid, paste from Excel, history and
 * warnings), certificate printing with progress, the annex list, and the print settings.
 */
export default function CommendationsPage() {
  void loadCatalogues();
  void loadOriginOffices();
  const [search, setSearch] = createSignal('');
  const [origin, setOrigin] = createSignal('');
  const [message, setMessage] = createSignal<string | null>(null);
  // Plain signals, not a resource: a refetching resource would suspend the page and rebuild the grid.
  const [decisions, setDecisions] = createSignal<Decision[]>([]);
  let asked = 0;
  async function refetch() {
    const ticket = ++asked;
    const r = await listDecisions(search(), origin());
    if (ticket !== asked) return;
    if (r.ok) setDecisions(r.data.rows);
    else setMessage(r.message);
  }
  createEffect(on([search, origin], () => void refetch()));
  // Counts follow every save of the domain, here or in another tab (a recipient added in the grid too).
  onCleanup(subscribeChanges('commendations', () => void refetch()));
  const [selectedId, setSelectedId] = createSignal<string | null>(null);
  const [selectedRecipients, setSelectedRecipients] = createSignal<string[]>([]);
  const [editing, setEditing] = createSignal<'new' | 'edit' | null>(null);
  const [confirmDelete, setConfirmDelete] = createSignal(false);
  const [showSettings, setShowSettings] = createSignal(false);
  const [gridKey, setGridKey] = createSignal(0);
  const selected = () => decisions().find((d) => d.id === selectedId()) ?? null;
  // The decision documents typed and not yet exported (saved): listed here, reopened on their decision.
  const documentDrafts = createPageDrafts(DECISION_DOCUMENT_DRAFTS);
  const [reopenDocument, setReopenDocument] = createSignal<PageDraft | null>(null);
  const describeDocument = (d: PageDraft) => {
    const decision = decisions().find((x) => x.id === d.key);
    return decision
      ? `Văn bản quyết định số ${decision.symbol ? `${decision.number}/${decision.symbol}` : decision.number}`
      : 'Văn bản một quyết định';
  };

  const saved = (d: Decision) => {
    setEditing(null);
    setSelectedId(d.id);
    void refetch();
  };
  async function remove() {
    const d = selected();
    setConfirmDelete(false);
    if (!d) return;
    const r = await deleteDecision(d.id, d.version);
    setMessage(r.ok ? null : r.message);
    if (r.ok) {
      setSelectedId(null);
      void refetch();
    }
  }

  return (
    <section class="page commendations-page">
      <h1>Khen thưởng</h1>
      <div class="toolbar">
        <input
          type="search"
          aria-label="Tìm quyết định (số, trích yếu)"
          placeholder="Tìm quyết định…"
          value={search()}
          onInput={(e) => setSearch(e.currentTarget.value)}
        />
        <select aria-label="Nguồn" value={origin()} onChange={(e) => setOrigin(e.currentTarget.value)}>
          <option value="">Mọi nguồn</option>
          <For each={originColumn.filterOptions?.() ?? []}>{(o) => <option value={o.value}>{o.label}</option>}</For>
        </select>
        <Show when={can('edit')}>
          <button type="button" class="btn btn-primary" onClick={() => setEditing('new')}>
            Quyết định mới
          </button>
        </Show>
        <Show when={can('print')}>
          <button type="button" class="btn" aria-expanded={showSettings()} onClick={() => setShowSettings(!showSettings())}>
            Cài đặt in
          </button>
        </Show>
      </div>
      <ErrorNotice message={message()} />
      <PageDraftList
        drafts={documentDrafts}
        describe={describeDocument}
        onReopen={(d) => {
          setReopenDocument({ ...d });
          setSelectedId(d.key);
        }}
      />
      <Show when={showSettings()}>
        <PrintSettings />
      </Show>
      <Show when={editing()}>
        {(mode) => <DecisionForm decision={mode() === 'edit' ? selected() : null} onSaved={saved} onCancel={() => setEditing(null)} />}
      </Show>
      <DecisionList
        decisions={decisions()}
        selectedId={selectedId()}
        onSelect={(id) => {
          setReopenDocument(null);
          setSelectedId(id);
        }}
      />
      {/* Keyed on the id, not the decision object: refreshing the list must not rebuild the grid. */}
      <Show when={selectedId()} keyed>
        {(id) => (
          <>
            <Show when={selected()}>
              {(d) => (
                <div class="toolbar decision-summary">
                  <h2>
                    Quyết định số {d().symbol ? `${d().number}/${d().symbol}` : d().number} ngày {isoToDisplayDate(d().signedOn)}:{' '}
                    {d().awardFormName} ({d().authorityName})
                  </h2>
                  <Show when={originLock(d())}>{(why) => <span class="muted">{why()}</span>}</Show>
                  <Show when={can('edit') && !d().fromOtherOffice}>
                    <button type="button" class="btn" onClick={() => setEditing('edit')}>
                      Sửa
                    </button>
                    <button type="button" class="btn btn-danger" onClick={() => setConfirmDelete(true)}>
                      Xóa
                    </button>
                  </Show>
                </div>
              )}
            </Show>
            <Show when={selected()}>{(d) => <DecisionDocumentPanel decision={d()} reopen={reopenDocument()} />}</Show>
            <Show when={selected()}>{(d) => <DecisionHistory decision={d()} />}</Show>
            <Show when={gridKey() + 1} keyed>
              <RecipientsPanel
                decisionId={id}
                lock={originLock(selected() ?? { id })}
                onChanged={() => void refetch()}
                onSelection={setSelectedRecipients}
              />
            </Show>
            <Show when={can('print') && selected()}>
              {(d) => <PrintPanel decision={d()} selectedIds={selectedRecipients()} onPrinted={() => setGridKey(gridKey() + 1)} />}
            </Show>
          </>
        )}
      </Show>
      <ConfirmDialog
        open={confirmDelete()}
        title="Xóa quyết định khen thưởng?"
        confirmLabel="Xóa"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>Quyết định và toàn bộ danh sách được khen của nó sẽ bị xóa. Số sổ đã cấp không được dùng lại.</p>
      </ConfirmDialog>
    </section>
  );
}
