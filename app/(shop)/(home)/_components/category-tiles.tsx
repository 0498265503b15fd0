import Link from "next/link";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { Skeleton } from "@/app/_components/ui/skeleton";

// Soft tints cycled across tiles; text stays ink on all of them for contrast.
const TINTS = ["bg-brand-50", "bg-amber-50", "bg-emerald-50", "bg-rose-50", "bg-sky-50", "bg-stone-100"];
const GRID = "grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3";

export async function CategoryTiles() {
  const categories = await getQueryClient().fetchQuery(trpc.category.list.queryOptions());
  return (
    <ul role="list" className={GRID}>
      {categories.map((category, index) => (
        <li key={category.id}>
          <Link
            href={`/categories/${category.slug}`}
            className={`group flex h-44 flex-col justify-between rounded-2xl p-6 ring-1 ring-stone-900/5 transition hover:-translate-y-0.5 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${TINTS[index % TINTS.length]}`}
          >
            <div>
              <h3 className="text-lg font-semibold tracking-tight text-ink">{category.name}</h3>
              <p className="mt-1.5 line-clamp-2 text-sm leading-6 text-stone-600">{category.description}</p>
            </div>
            <span className="text-sm font-medium text-brand-700">
              Shop {category.name.toLowerCase()}
              <span aria-hidden="true" className="ml-1 inline-block transition-transform group-hover:translate-x-1">
                →
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function CategoryTilesSkeleton() {
  return (
    <div aria-hidden="true" className={GRID}>
      {Array.from({ length: 6 }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
        <Skeleton key={index} className="h-44 rounded-2xl" />
      ))}
    </div>
  );
}
