import { Skeleton } from "@/app/_components/ui/skeleton";

// Same box as ProductCard: square image, then name, price and rating lines.
export function ProductCardSkeleton() {
  return (
    <div>
      <Skeleton className="aspect-square w-full rounded-2xl" />
      <div className="mt-3 space-y-1 px-0.5">
        <div className="flex h-5 items-center">
          <Skeleton className="h-3.5 w-3/4" />
        </div>
        <div className="flex h-5 items-center">
          <Skeleton className="h-3.5 w-1/4" />
        </div>
        <div className="flex h-4 items-center">
          <Skeleton className="h-3 w-1/3" />
        </div>
      </div>
    </div>
  );
}
