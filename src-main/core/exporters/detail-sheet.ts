/**
 * A detail sheet (bảng kê chi tiết) as the xlsx exporter sees it: columns, the filters used, and rows
 * handed over in batches so a sheet of 100,000 rows never sits in memory at once.
 */
export interface DetailColumn {
  header: string;
  width: number;
  /** 'year': a whole number printed without a thousands separator (2017, never 2,017). */
  kind: 'text' | 'number' | 'date' | 'year';
}

export type DetailCell = string | number | null;

export interface DetailSheet {
  name: string;
  title: string;
  /** "Kỳ báo cáo: …", "Phạm vi: …": printed above the table so the sheet explains itself. */
  filters: string[];
  columns: DetailColumn[];
  /** Yields batches of rows in order; the writer yields to the event loop between batches. */
  batches(): Iterable<DetailCell[][]>;
}
