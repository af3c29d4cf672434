import { createSignal } from 'solid-js';
import DataGrid from '../../components/grid/DataGrid';
import { createGrid } from '../../components/grid/createGrid';
import ImportAction from '../../components/import/ImportAction';
import { versionOfRow } from '../../components/grid/row-entry';
import { loadCatalogues } from '../../stores/cataloguesStore';
import { modelsSource } from '../../stores/modelsStore';
import { resolveUnit, unitTreeSource } from '../../stores/unitsStore';
import ModelStatusDialog from './ModelStatusDialog';
import PageDraftList from '../../components/form/PageDraftList';
import { createPageDrafts } from '../../lib/dialog-draft';
import { describeModelDraft, MODEL_DIALOG_DRAFTS, requestOfModelDraft, type ModelStatusRequest } from './model-dialog-drafts';
import { loadOriginOffices, originLock } from '../../stores/originColumn';
import { modelColumns } from './modelColumns';

/** Section "Mô hình": security models in the data-entry grid, with status changes. */
export default function ModelsPage() {
  const grid = createGrid({ id: 'models', columns: modelColumns, source: modelsSource, resolveUnit, rowLock: originLock });
  void loadOriginOffices();
  void loadCatalogues().then(() => grid.model.redraw());
  const [statusOf, setStatusOf] = createSignal<ModelStatusRequest | null>(null);
  // Status dialogs closed with typed values: listed above the grid, reopened as they were left.
  const dialogDrafts = createPageDrafts(MODEL_DIALOG_DRAFTS);
  const openStatus = () => {
    const t = grid.model.targetAt(grid.model.cursor.row);
    const id = t.kind === 'saved' ? t.id : t.kind === 'local' ? t.local.savedId : null;
    if (id === null) return grid.model.setNotice('Chọn một mô hình đã lưu để đổi trạng thái.');
    const lock = grid.model.lockOf(t.index);
    if (lock !== null) return grid.model.setNotice(lock);
    setStatusOf({ id, name: grid.model.cellText(t.index, 0), version: versionOfRow(grid.model.rowRecord(t.index)) });
  };
  return (
    <section class="page grid-page">
      <h1>Mô hình</h1>
      <PageDraftList drafts={dialogDrafts} describe={describeModelDraft} onReopen={(d) => setStatusOf(requestOfModelDraft(d))} />
      <DataGrid
        grid={grid}
        label="Danh sách mô hình"
        unitSource={unitTreeSource}
        toolbar={
          <>
            <button type="button" class="btn" onClick={openStatus}>
              Đổi trạng thái…
            </button>
            <ImportAction scope={{ kind: 'models' }} noun="mô hình" onChanged={() => void grid.model.reload()} />
          </>
        }
      />
      <ModelStatusDialog
        model={statusOf()}
        onClose={(changed) => {
          setStatusOf(null);
          if (changed) void grid.model.reload();
        }}
      />
    </section>
  );
}
