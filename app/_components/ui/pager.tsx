import Link from "next/link";

const linkStyles =
  "rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-stone-200 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-brand-600";

// Where an offset-paged list stands; list procedures answer with these next to their items.
export type Paging = { page: number; pageSize: number; total: number };
export type PagerProps = { paging: Paging; hrefFor: (page: number) => string };

// Offset pages for tables: "x–y of n" with previous/next links built by the caller.
export function Pager({ paging: { page, pageSize, total }, hrefFor }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-4 text-sm text-stone-600">
      <p>
        {from}–{to} of {total}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link href={hrefFor(page - 1)} className={linkStyles}>
            Previous
          </Link>
        )}
        {page < pages && (
          <Link href={hrefFor(page + 1)} className={linkStyles}>
            Next
          </Link>
        )}
      </div>
    </nav>
  );
}
