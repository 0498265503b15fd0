import type { ReactNode } from "react";

// The dashboard's table frame: on narrow screens the table scrolls sideways inside it, never
// the page. The frame takes keyboard focus (a named region), so it can be scrolled with the
// arrow keys even when no row holds a link. `relative` makes it the containing block of
// screen-reader-only text in the cells, which would otherwise sit past the window.
export function AdminTable({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="relative overflow-x-auto rounded-2xl bg-white ring-1 ring-stone-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-xs font-semibold tracking-wide text-stone-500 uppercase">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-stone-100">{children}</tbody>
      </table>
    </div>
  );
}

export function AdminTableEmpty({ title, hint }: { title: string; hint?: string }) {
  return (
    <div className="rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-14 text-center">
      <p className="text-base font-medium text-ink">{title}</p>
      {hint && <p className="mt-1 text-sm text-stone-600">{hint}</p>}
    </div>
  );
}
