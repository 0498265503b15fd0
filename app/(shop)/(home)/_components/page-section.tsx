import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  id?: string;
  title: string;
  description?: string;
  link?: { href: string; label: string };
  children: ReactNode;
};

export function PageSection({ id, title, description, link, children }: Props) {
  const headingId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="mx-auto max-w-7xl scroll-mt-24 px-4 sm:px-6 lg:px-8">
      <div className="mb-8 flex items-end justify-between gap-4">
        <div>
          <h2 id={headingId} className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">
            {title}
          </h2>
          {description && <p className="mt-2 text-base text-stone-600">{description}</p>}
        </div>
        {link && (
          <Link
            href={link.href}
            className="shrink-0 rounded text-sm font-medium text-brand-700 hover:text-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            {link.label}
            <span aria-hidden="true"> →</span>
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}
