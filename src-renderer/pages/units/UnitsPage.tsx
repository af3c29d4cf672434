import { createSignal, onMount, Show } from 'solid-js';
import DataGrid from '../../components/grid/DataGrid';
import { createGrid } from '../../components/grid/createGrid';
import { versionOfRow } from '../../components/grid/row-entry';
import UnitPicker from '../../components/unit-picker/UnitPicker';
import type { UnitOption } from '../../components/unit-picker/unit-tree';
import { call } from '../../lib/api';
import { resolveUnit, unitsSource, unitTreeSource } from '../../stores/unitsStore';
import UnitImportPanel from './UnitImportPanel';
import { can } from '../../lib/permissions';
import UnitLifecycleDialog from './UnitLifecycleDialog';
import PageDraftList from '../../components/form/PageDraftList';
import { createPageDrafts } from '../../lib/dialog-draft';
import { describeUnitDraft, requestOfDraft, UNIT_DIALOG_DRAFTS, type UnitLifecycleRequest } from './unit-dialog-drafts';
import { unitColumns } from './unitColumns';
import './UnitsPage.css';

/** Section "Đơn vị": the unit tree, the units grid, retire / merge, and import from CSV/XLSX. */
export default function UnitsPage() {
  const [scope, setScope] = createSignal<UnitOption | null>(null);
  const grid = createGrid({ id: 'units', columns: unitColumns, source: unitsSource(() => scope()?.id ?? null), resolveUnit });
  const [request, setRequest] = createSignal<UnitLifecycleRequest | null>(null);
  // Retire / merge dialogs closed with typed values: listed above the grid, reopened as they were left.
  const dialogDrafts = createPageDrafts(UNIT_DIALOG_DRAFTS);
  const ask = (mode: UnitLifecycleRequest['mode']) => {
    const t = grid.model.targetAt(grid.model.cursor.row);
    const id = t.kind === 'saved' ? t.id : t.kind === 'local' ? t.local.savedId : null;
    if (id === null) return grid.model.setNotice('Chọn một đơn vị đã lưu.');
    setRequest({ mode, id, name: grid.model.cellText(t.index, 0), version: versionOfRow(grid.model.rowRecord(t.index)) });
  };
  const showUnder = (u: UnitOption | null) => {
    setScope(u);
    void grid.model.reload();
  };
  // An office without units starts with the import open; the tree is rebuilt after an import so it
  // shows the new units at once (it keeps the children it has loaded otherwise).
  const [importing, setImporting] = createSignal(false);
  const [treeKey, setTreeKey] = createSignal(1);
  onMount(() => void call('units.list', { limit: 1 }).then((r) => r.ok && r.data.total === 0 && can('unitList') && setImporting(true)));
  const imported = () => {
    setTreeKey(treeKey() + 1);
    void grid.model.reload();
  };
  return (
    <section class="page grid-page">
      <h1>Đơn vị</h1>
      <div class="units-layout">
        <aside class="units-tree">
          <h2>Cây đơn vị</h2>
          <Show when={treeKey()} keyed>
            <UnitPicker source={unitTreeSource} label="Tìm trong cây đơn vị" onPick={(u) => showUnder(u)} />
          </Show>
          <p class="muted">Enter hoặc bấm đúp: xem các đơn vị trực thuộc.</p>
        </aside>
        <div class="units-main">
          <p class="units-scope">
            {scope() ? `Trực thuộc: ${scope()?.path ? `${scope()?.path} › ` : ''}${scope()?.name}` : 'Tất cả đơn vị'}
            {scope() && (
              <button type="button" class="btn" onClick={() => showUnder(null)}>
                Xem tất cả
              </button>
            )}
          </p>
          <PageDraftList drafts={dialogDrafts} describe={describeUnitDraft} onReopen={(d) => setRequest(requestOfDraft(d))} />
          <Show when={importing()}>
            <UnitImportPanel onImported={imported} onClose={() => setImporting(false)} />
          </Show>
          <DataGrid
            grid={grid}
            label="Danh sách đơn vị"
            unitSource={unitTreeSource}
            toolbar={
              <>
                <Show when={can('unitList')}>
                  <button type="button" class="btn" onClick={() => ask('retire')}>
                    Cho hết hiệu lực…
                  </button>
                  <button type="button" class="btn" onClick={() => ask('merge')}>
                    Sáp nhập…
                  </button>
                  <button type="button" class="btn" aria-pressed={importing()} onClick={() => setImporting(!importing())}>
                    Nhập từ tệp…
                  </button>
                </Show>
              </>
            }
          />
        </div>
      </div>
      <UnitLifecycleDialog
        request={request()}
        onClose={(changed) => {
          setRequest(null);
          if (changed) void grid.model.reload();
        }}
      />
    </section>
  );
}
