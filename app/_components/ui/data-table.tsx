import type { ReactNode } from "react";
import { Pager, type PagerProps } from "./pager";

export type Column<Row> = {
  // Unique within the table. Read to screen readers only when hidden (e.g. a column of buttons).
  header: string;
  hideHeader?: boolean;
  cell: (row: Row) => ReactNode;
  align?: "right";
  // Classes of the column's body cells (colour, width, wrapping).
  className?: string;
};

export type DataTableProps<Row extends { id: string }> = {
  // Names the table and its scrolling frame for screen readers.
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  // Rows light up under the pointer unless this says otherwise.
  rowClassName?: string;
  // Shown instead of the table when there are no rows.
  empty: { title: string; hint?: string };
  pager?: PagerProps;
  // Below the table (e.g. "load more"); not shown with the empty state.
  footer?: ReactNode;
};

// What stays the same between renders of one table: its name, columns and empty state.
export type TableSpec<Row extends { id: string }> = Pick<
  DataTableProps<Row>,
  "caption" | "columns" | "empty" | "rowClassName"
>;

const cellStyles = (column: { align?: "right" }, extra = "") =>
  `px-4 py-3 ${column.align === "right" ? "text-right" : ""} ${extra}`;

// A table of rows with one column definition per column. On narrow screens the table scrolls
// sideways inside its frame, never the page. The frame takes keyboard focus (a named region), so
// it can be scrolled with the arrow keys even when no row holds a link. `relative` makes it the
// containing block of screen-reader-only text in the cells, which would otherwise sit past the window.
export function DataTable<Row extends { id: string }>({
  caption,
  columns,
  rows,
  rowClassName = "hover:bg-stone-50",
  empty,
  pager,
  footer,
}: DataTableProps<Row>) {
  if (rows.length === 0) return <TableEmpty {...empty} />;
  return (
    <>
      <div
        role="region"
        aria-label={caption}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a frame that scrolls sideways must take focus to be scrolled with the keyboard
        tabIndex={0}
        className="relative overflow-x-auto rounded-2xl bg-white ring-1 ring-stone-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs font-semibold tracking-wide text-stone-500 uppercase">
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={cellStyles(column)}>
                  {column.hideHeader ? <span className="sr-only">{column.header}</span> : column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map((row) => (
              <tr key={row.id} className={rowClassName}>
                {columns.map((column) => (
                  <td key={column.header} className={cellStyles(column, column.className)}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager && <Pager {...pager} />}
      {footer}
    </>
  );
}

function TableEmpty({ title, hint }: { title: string; hint?: string | undefined }) {
  return (
    <div className="rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-14 text-center">
      <p className="text-base font-medium text-ink">{title}</p>
      {hint && <p className="mt-1 text-sm text-stone-600">{hint}</p>}
    </div>
  );
}
