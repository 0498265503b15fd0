"use client";
import { OptimizedImage } from "@/app/_components/optimized-image";
import Link from "next/link";
import { MAX_LINE_QUANTITY } from "@/server/cart/cart-limits";
import type { CartLine } from "@/server/cart/cart.schema";
import { Price } from "@/app/_components/price";
import { QuantityOptions } from "@/app/(shop)/_components/quantity-options";

const problems: Record<NonNullable<CartLine["problem"]>, (line: CartLine) => string> = {
  OUT_OF_STOCK: () => "Sold out. Remove it to check out.",
  INSUFFICIENT_STOCK: (line) => `Only ${line.available} left. Lower the quantity to check out.`,
  UNAVAILABLE: () => "No longer sold. Remove it to check out.",
  CURRENCY_MISMATCH: (line) =>
    `Priced in ${line.unitPrice.currency}, unlike the rest of your cart. Remove it to check out.`,
};

type Props = {
  line: CartLine;
  busy: boolean;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
};

export function CartLineItem({ line, busy, onQuantity, onRemove }: Props) {
  // Offer up to what is in stock, but keep the current quantity selectable even when stock fell below it.
  const choices = Math.max(line.quantity, Math.min(line.available, MAX_LINE_QUANTITY));
  const quantityId = `quantity-${line.productId}`;
  return (
    <li className="flex gap-4 py-6 sm:gap-6">
      <div className="relative size-24 shrink-0 overflow-hidden rounded-xl bg-stone-100 ring-1 ring-stone-900/5 sm:size-28">
        {line.image && (
          <OptimizedImage src={line.image.url} alt={line.image.alt} fill sizes="112px" className="object-cover" />
        )}
      </div>
      <div className="flex min-w-0 flex-1 flex-col">
        <div className="flex items-start justify-between gap-4">
          <div className="min-w-0">
            <Link href={`/products/${line.slug}`} className="font-medium text-ink hover:text-brand-700">
              {line.name}
            </Link>
            <p className="mt-1 text-sm text-stone-500">
              <Price price={line.unitPrice} /> each
            </p>
          </div>
          <Price price={line.lineTotal} className="font-medium text-ink" />
        </div>
        {line.problem && (
          <p role="status" className="mt-2 text-sm font-medium text-red-700">
            {problems[line.problem](line)}
          </p>
        )}
        <div className="mt-auto flex items-center gap-4 pt-3">
          <label htmlFor={quantityId} className="sr-only">
            Quantity of {line.name}
          </label>
          <select
            id={quantityId}
            value={line.quantity}
            disabled={busy || line.problem === "UNAVAILABLE"}
            onChange={(event) => onQuantity(Number(event.target.value))}
            className="h-10 rounded-lg border border-stone-300 bg-white px-2.5 text-sm text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60"
          >
            <QuantityOptions max={choices} />
          </select>
          <button
            type="button"
            disabled={busy}
            onClick={onRemove}
            className="rounded text-sm font-medium text-stone-600 hover:text-red-700 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60"
          >
            Remove<span className="sr-only"> {line.name}</span>
          </button>
        </div>
      </div>
    </li>
  );
}
