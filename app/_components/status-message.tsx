import type { ReactNode } from "react";

type Tone = "neutral" | "warning";

const iconTone: Record<Tone, string> = {
  neutral: "bg-stone-100 text-stone-600",
  warning: "bg-amber-50 text-amber-700",
};

// Centred full-width message for 404, 403 and error pages. `code` is decorative.
export function StatusMessage({
  code,
  title,
  children,
  actions,
  tone = "neutral",
}: {
  code?: string;
  title: string;
  children: ReactNode;
  actions: ReactNode;
  tone?: Tone;
}) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-24 text-center sm:py-32">
      {code && (
        <p
          aria-hidden="true"
          className={`rounded-full px-3 py-1 text-xs font-semibold tracking-wider uppercase ${iconTone[tone]}`}
        >
          {code}
        </p>
      )}
      <h1 className="mt-5 text-3xl font-semibold tracking-tight text-balance text-ink sm:text-4xl">{title}</h1>
      <div className="mt-4 text-base leading-7 text-stone-600">{children}</div>
      <div className="mt-10 flex flex-wrap items-center justify-center gap-3">{actions}</div>
    </div>
  );
}
