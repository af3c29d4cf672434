import DataGrid from '../../components/grid/DataGrid';
import { createGrid } from '../../components/grid/createGrid';
import ImportAction from '../../components/import/ImportAction';
import { registrationsSource } from '../../stores/registrationsStore';
import { resolveUnit, unitTreeSource } from '../../stores/unitsStore';
import { loadOriginOffices, originLock } from '../../stores/originColumn';
import { registrationColumns } from './registrationColumns';

/** Section "Đăng ký an toàn": registrations and recognitions "An toàn về ANTT", one per unit and year. */
export default function RegistrationsPage() {
  const grid = createGrid({
    id: 'registrations',
    columns: registrationColumns,
    source: registrationsSource,
    resolveUnit,
    rowLock: originLock,
  });
  void loadOriginOffices();
  return (
    <section class="page grid-page">
      <h1>Đăng ký an toàn về ANTT</h1>
      <DataGrid
        grid={grid}
        label="Danh sách đăng ký an toàn về an ninh trật tự"
        unitSource={unitTreeSource}
        toolbar={<ImportAction scope={{ kind: 'registrations' }} noun="đăng ký" onChanged={() => void grid.model.reload()} />}
      />
    </section>
  );
}
