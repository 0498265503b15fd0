import { Card } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";

// Stands in for one account card while its data streams in.
export function AccountSectionSkeleton({ rows = 2 }: { rows?: number }) {
  return (
    <Card className="p-6 sm:p-8" aria-hidden="true">
      <Skeleton className="h-6 w-32" />
      <Skeleton className="mt-2 h-4 w-64" />
      <div className="mt-6 divide-y divide-stone-100 border-y border-stone-100">
        {Array.from({ length: rows }, (_, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
          <div key={row} className="flex h-[53px] items-center gap-4">
            <Skeleton className="h-4 w-16" />
            <Skeleton className="h-4 w-48" />
          </div>
        ))}
      </div>
    </Card>
  );
}
