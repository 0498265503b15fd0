import Link from "next/link";

type Crumb = { label: string; href?: string };

export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4">
      <ol role="list" className="flex flex-wrap items-center gap-1.5 text-sm text-stone-500">
        {items.map((item, index) => (
          <li key={item.label} className="flex items-center gap-1.5">
            {index > 0 && (
              <svg viewBox="0 0 16 16" className="size-3.5 text-stone-400" aria-hidden="true">
                <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
              </svg>
            )}
            {item.href ? (
              <Link
                href={item.href}
                className="rounded hover:text-ink focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="font-medium text-stone-800">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
