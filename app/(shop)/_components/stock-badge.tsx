import type { StockStatus } from "@/server/catalog/stock-status";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";

const tones: Record<StockStatus, BadgeTone> = {
  IN_STOCK: "success",
  LOW_STOCK: "warning",
  OUT_OF_STOCK: "neutral",
};

export function stockLabel(status: StockStatus, stock?: number): string {
  if (status === "OUT_OF_STOCK") return "Sold out";
  if (status === "LOW_STOCK") return stock === undefined ? "Low stock" : `Only ${stock} left`;
  return "In stock";
}

// `stock` is known on the product page only; cards show the status alone.
export function StockBadge({
  status,
  stock,
  className = "",
}: {
  status: StockStatus;
  stock?: number;
  className?: string;
}) {
  return (
    <Badge tone={tones[status]} size="md" dot className={className}>
      {stockLabel(status, stock)}
    </Badge>
  );
}
