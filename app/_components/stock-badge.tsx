import type { StockStatus } from "@/server/catalog/catalog.schema";

const styles: Record<StockStatus, string> = {
  IN_STOCK: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  LOW_STOCK: "bg-amber-50 text-amber-800 ring-amber-600/25",
  OUT_OF_STOCK: "bg-stone-100 text-stone-700 ring-stone-500/25",
};

const dots: Record<StockStatus, string> = {
  IN_STOCK: "bg-emerald-500",
  LOW_STOCK: "bg-amber-500",
  OUT_OF_STOCK: "bg-stone-400",
};

export function stockLabel(status: StockStatus, stock?: number): string {
  if (status === "OUT_OF_STOCK") return "Sold out";
  if (status === "LOW_STOCK") return stock === undefined ? "Low stock" : `Only ${stock} left`;
  return "In stock";
}

// `stock` is known on the product page only; cards show the status alone.
export function StockBadge({ status, stock, className = "" }: { status: StockStatus; stock?: number; className?: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset ${styles[status]} ${className}`}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${dots[status]}`} />
      {stockLabel(status, stock)}
    </span>
  );
}
