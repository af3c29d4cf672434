import DataGrid from '../../components/grid/DataGrid';
import { createGrid } from '../../components/grid/createGrid';
import ImportAction from '../../components/import/ImportAction';
import { loadCatalogues } from '../../stores/cataloguesStore';
import { loadModelChoices } from '../../stores/modelChoices';
import { sessionsSource } from '../../stores/sessionsStore';
import { resolveUnit, unitTreeSource } from '../../stores/unitsStore';
import { loadOriginOffices, originLock } from '../../stores/originColumn';
import { sessionColumns } from './sessionColumns';

/** Section "Tuyên truyền": propaganda sessions, talks and commitment signings in the data-entry grid. */
export default function SessionsPage() {
  const grid = createGrid({ id: 'sessions', columns: sessionColumns, source: sessionsSource, resolveUnit, rowLock: originLock });
  void loadOriginOffices();
  void Promise.all([loadCatalogues(), loadModelChoices()]).then(() => grid.model.redraw());
  return (
    <section class="page grid-page">
      <h1>Tuyên truyền</h1>
      <DataGrid
        grid={grid}
        label="Danh sách buổi tuyên truyền"
        unitSource={unitTreeSource}
        toolbar={<ImportAction scope={{ kind: 'sessions' }} noun="buổi tuyên truyền" onChanged={() => void grid.model.reload()} />}
      />
    </section>
  );
}
