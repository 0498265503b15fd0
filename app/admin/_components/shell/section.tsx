import type { ReactNode } from "react";

// A titled card of a dashboard page. Its heading names it, so it is a landmark screen-reader
// users can jump to.
export function AdminSection({
  id,
  title,
  className = "",
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`rounded-2xl bg-white p-6 ring-1 ring-stone-200 ${className}`}
    >
      <h2 id={`${id}-heading`} className="mb-4 text-base font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}
