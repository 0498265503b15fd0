import Link from "next/link";
import { type InboxFilter, inboxFilters } from "@/app/admin/_lib/support-search";

// One link per view of the inbox; the current one is marked for the eye and for screen readers.
export function SupportInboxFilters({ current }: { current: InboxFilter }) {
  return (
    <nav aria-label="Filter conversations" className="mb-6">
      <ul role="list" className="flex flex-wrap gap-2">
        {inboxFilters.map((filter) => (
          <li key={filter.value}>
            <Link
              href={filter.value === "open" ? "/admin/support" : `/admin/support?show=${filter.value}`}
              aria-current={filter.value === current ? "page" : undefined}
              className={`inline-block rounded-full px-3 py-1.5 text-sm font-medium ring-1 focus-visible:outline-2 focus-visible:outline-brand-600 ${
                filter.value === current
                  ? "bg-brand-50 text-brand-700 ring-brand-600/30"
                  : "bg-white text-stone-700 ring-stone-300 hover:bg-stone-50"
              }`}
            >
              {filter.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
