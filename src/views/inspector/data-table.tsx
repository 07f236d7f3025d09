import type { ReactNode } from 'react';
import './data-table.css';

export interface Column<Row> {
  readonly key: string;
  readonly header: string;
  /** Numbers align right, as in the management UIs. */
  readonly numeric?: boolean;
  cell(row: Row): ReactNode;
}

interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** Shown in place of the rows when there are none. */
  empty?: string;
}

/** A plain table like kafka-ui's or Redpanda Console's: a caption, column headers, tabular numbers. */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty }: DataTableProps<Row>) {
  return (
    <div className="data-table">
      <table className="data-table__table">
        <caption className="data-table__caption">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'data-table__num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty !== undefined ? (
            <tr>
              <td colSpan={columns.length} className="data-table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'data-table__num' : undefined}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
