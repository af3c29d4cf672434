import DataGrid from '../../components/grid/DataGrid';
import { createGrid } from '../../components/grid/createGrid';
import ImportAction from '../../components/import/ImportAction';
import { loadModelChoices } from '../../stores/modelChoices';
import { outcomesSource } from '../../stores/outcomesStore';
import { resolveUnit, unitTreeSource } from '../../stores/unitsStore';
import { loadOriginOffices, originLock } from '../../stores/originColumn';
import { outcomeColumns } from './outcomeColumns';

/**
 * Section "Kết quả": tips, cases solved, arrests and weapons handed in, per unit and month. New rows
 * for a unit and month that already has one wait for one question: replace, add to it, or skip.
 */
export default function OutcomesPage() {
  const grid = createGrid({ id: 'outcomes', columns: outcomeColumns, source: outcomesSource, resolveUnit, rowLock: originLock });
  void loadOriginOffices();
  void loadModelChoices().then(() => grid.model.redraw());
  return (
    <section class="page grid-page">
      <h1>Kết quả</h1>
      <p class="muted">Mỗi đơn vị một dòng mỗi tháng; nhập hoặc dán lại cùng đơn vị và tháng sẽ hỏi: thay thế, cộng thêm hay bỏ qua.</p>
      <DataGrid
        grid={grid}
        label="Kết quả theo đơn vị và tháng"
        unitSource={unitTreeSource}
        toolbar={<ImportAction scope={{ kind: 'outcomes' }} noun="kết quả" onChanged={() => void grid.model.reload()} />}
      />
    </section>
  );
}
