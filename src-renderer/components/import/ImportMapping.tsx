import { For } from 'solid-js';
import type { ImportPreview } from '../../../src-main/contract/imports/imports.contract';

/** Props of the mapping table. */
export interface ImportMappingProps {
  preview: ImportPreview;
  mapping: (string | null)[];
  onChange: (index: number, field: string | null) => void;
}

/**
 * Which field each file column feeds, as the headers suggested, with a select per column the clerk can
 * correct ("— bỏ qua —" leaves a column out); the fields no column feeds are listed under it.
 */
export default function ImportMapping(props: ImportMappingProps) {
  const missing = () => props.preview.fields.filter((f) => !props.mapping.includes(f.field));
  return (
    <div class="import-mapping">
      <table class="import-mapping-table">
        <thead>
          <tr>
            <th>Cột</th>
            <th>Tiêu đề trong tệp</th>
            <th>Nhập vào trường</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.preview.columns}>
            {(column) => (
              <tr>
                <td>{column.letter}</td>
                <td>{column.header || <span class="muted">(trống)</span>}</td>
                <td>
                  <select
                    aria-label={`Cột ${column.letter} nhập vào trường`}
                    value={props.mapping[column.index] ?? ''}
                    onChange={(e) => props.onChange(column.index, e.currentTarget.value || null)}
                  >
                    <option value="">— bỏ qua —</option>
                    <For each={props.preview.fields}>
                      {(f) => (
                        <option value={f.field} title={f.hint}>
                          {f.label}
                          {f.required ? ' *' : ''}
                        </option>
                      )}
                    </For>
                  </select>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <p class="muted import-mapping-missing">
        Chưa có cột:{' '}
        {missing()
          .map((f) => `${f.label}${f.required ? ' (bắt buộc)' : ''}`)
          .join(', ') || 'không'}
        .
      </p>
    </div>
  );
}
