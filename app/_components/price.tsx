import type { Money } from "@/server/catalog/catalog.schema";

// A fixed locale, so server-rendered and hydrated text always match.
const LOCALE = "en-US";

export function formatMoney({ amountCents, currency }: Money): string {
  const format = new Intl.NumberFormat(LOCALE, { style: "currency", currency });
  // Minor units per currency: 2 for USD/EUR, 0 for JPY, 3 for KWD.
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountCents / 10 ** digits);
}

export function Price({ price, className = "" }: { price: Money; className?: string }) {
  return <span className={`tabular-nums ${className}`}>{formatMoney(price)}</span>;
}
