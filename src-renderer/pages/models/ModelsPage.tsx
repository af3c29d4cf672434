import { createSignal } from 'solid-js';
import DataGrid from '../../components/grid/DataGrid';
import { createGrid } from '../../components/grid/createGrid';
import ImportAction from '../../components/import/ImportAction';
import { versionOfRow } from '../../components/grid/row-entry';
import { loadCatalogues } from '../../stores/cataloguesStore';
import { modelsSource } from '../../stores/modelsStore';
import { resolveUnit, unitTreeSource } from '../../stores/unitsStore';
import ModelStatusDialog from './ModelStatusDialog';
import { loadOriginOffices, originLock } from '../../stores/originColumn';
import { modelColumns } from './modelColumns';

/** Section "Mô hình": security models in the data-entry grid, with status changes. */
export default function ModelsPage() {
  const grid = createGrid({ id: 'models', columns: modelColumns, source: modelsSource, resolveUnit, rowLock: originLock });
  void loadOriginOffices();
  void loadCatalogues().then(() => grid.model.redraw());
  const [statusOf, setStatusOf] = createSignal<{ id: string; name: string; version?: number } | null>(null);
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
