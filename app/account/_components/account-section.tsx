import type { ReactNode } from "react";
import { Card } from "@/app/_components/ui/card";

// One titled card of the account page.
export function AccountSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Card className="p-6 sm:p-8">
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-ink">
          {title}
        </h2>
        {description && <p className="mt-1 text-sm leading-6 text-stone-600">{description}</p>}
        <div className="mt-6">{children}</div>
      </Card>
    </section>
  );
}
