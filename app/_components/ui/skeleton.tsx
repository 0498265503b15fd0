// Placeholder blocks: callers give them the exact size of the content they stand in for.
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded-md bg-stone-200/70 ${className}`} />;
}
