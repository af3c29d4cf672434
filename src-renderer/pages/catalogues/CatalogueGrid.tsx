import DataGrid from '../../components/grid/DataGrid';
import { createGrid } from '../../components/grid/createGrid';
import type { GridColumn } from '../../components/grid/types';
import { CATALOGUE_TITLES, catalogueSource, setEntryRetired, type CatalogueName } from '../../stores/cataloguesStore';

/** Props of one catalogue's grid. */
export interface CatalogueGridProps {
  catalogue: CatalogueName;
}

const stateOptions = [
  { value: 'active', label: 'Đang dùng' },
  { value: 'retired', label: 'Ngừng sử dụng' },
];

const columns: GridColumn[] = [
  { key: 'name', label: 'Tên', type: 'text', width: 360 },
  { key: 'code', label: 'Mã', type: 'text', width: 120, filterable: false },
  { key: 'sortOrder', label: 'Thứ tự', type: 'number', width: 90, filterable: false },
  { key: 'state', label: 'Tình trạng', type: 'catalogue', width: 140, readOnly: true, filterable: false, options: () => stateOptions },
];

/** One catalogue in the grid, with retire / restore of the entry under the cursor. */
export default function CatalogueGrid(props: CatalogueGridProps) {
  // The tab is keyed, so each catalogue gets its own grid (and undo stack).
  const grid = createGrid({ id: `catalogue-${props.catalogue}`, columns, source: catalogueSource(props.catalogue) }, 'catalogues');
  const toggleRetired = async (retired: boolean) => {
    const t = grid.model.targetAt(grid.model.cursor.row);
    const id = t.kind === 'saved' ? t.id : t.kind === 'local' ? t.local.savedId : null;
    if (id === null) return grid.model.setNotice('Chọn một mục đã lưu.');
    const failure = await setEntryRetired(id, retired);
    grid.model.setNotice(failure ?? (retired ? 'Đã ngừng sử dụng mục này; dữ liệu cũ vẫn giữ tên mục.' : 'Đã dùng lại mục này.'));
    await grid.model.reload();
  };
  return (
    <DataGrid
      grid={grid}
      label={`Danh mục ${CATALOGUE_TITLES[props.catalogue]}`}
      toolbar={
        <>
          <button type="button" class="btn" onClick={() => void toggleRetired(true)}>
            Ngừng sử dụng
          </button>
          <button type="button" class="btn" onClick={() => void toggleRetired(false)}>
            Dùng lại
          </button>
        </>
      }
    />
  );
}
