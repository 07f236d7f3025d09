import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
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
  const [boxRef, scrolls] = useScrollsSideways();
  return (
    // A table wider than its drawer (a phone's) scrolls sideways: then it takes focus, so the keyboard can
    // scroll it too (WCAG 2.1.1), and is named by its caption. Otherwise it stays out of the tab order.
    <div
      className="data-table"
      ref={boxRef}
      {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-label': caption } : {})}
    >
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

/** Whether the box is narrower than what it holds, followed as either changes size. */
function useScrollsSideways(): readonly [RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement>(null);
  const [yes, setYes] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const check = (): void => setYes(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    check();
    return () => observer.disconnect();
  }, []);
  return [ref, yes] as const;
}
