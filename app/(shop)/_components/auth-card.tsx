import type { ReactNode } from "react";
import { Card } from "@/app/_components/ui/card";

// The narrow centred card of sign-in, sign-up and email-link pages.
export function AuthCard({
  title,
  description,
  children,
  footer,
}: {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-md px-4 py-16 sm:py-24">
      <Card className="p-6 shadow-md shadow-stone-900/5 sm:p-10">
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-ink">{title}</h1>
        {description && <div className="mt-2 text-sm leading-6 text-stone-600">{description}</div>}
        {children && <div className="mt-8">{children}</div>}
      </Card>
      {footer && <div className="mt-6 text-center text-sm text-stone-600">{footer}</div>}
    </div>
  );
}
