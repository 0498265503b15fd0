"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { CartLineItem } from "./cart-line-item";
import { FormAlert } from "@/app/_components/form-alert";
import { OrderTotals } from "@/app/_components/order-totals";
import { buttonStyles } from "@/app/_components/ui/button";

const messages = {
  form: {
    OUT_OF_STOCK: "That product just sold out.",
    INSUFFICIENT_STOCK: "There isn’t enough stock for that quantity.",
    PRODUCT_NOT_FOUND: "That product is no longer sold.",
    CART_CURRENCY_MISMATCH: "Your cart holds items priced in another currency. Remove them first.",
    ORDER_TOTAL_TOO_LARGE: "That would take your cart over the most one order can total.",
  },
  fallback: "We couldn’t update your cart. Please try again.",
};

export function CartView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: cart } = useSuspenseQuery(trpc.cart.get.queryOptions());
  // Every cart mutation answers with the whole cart; it replaces the cached one.
  const replaceCart = { onSuccess: (next: typeof cart) => queryClient.setQueryData(trpc.cart.get.queryKey(), next) };
  const setQuantity = useMutation(trpc.cart.setQuantity.mutationOptions(replaceCart));
  const removeItem = useMutation(trpc.cart.removeItem.mutationOptions(replaceCart));
  const busy = setQuantity.isPending || removeItem.isPending;
  const { formError } = describeError(setQuantity.error ?? removeItem.error, messages);

  if (cart.lines.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-stone-300 px-6 py-16 text-center">
        <p className="text-base font-medium text-ink">Your cart is empty</p>
        <p className="mt-1 text-sm text-stone-600">Find something you like and add it here.</p>
        <Link href="/products" className={`${buttonStyles({ variant: "secondary" })} mt-6`}>
          Browse products
        </Link>
      </div>
    );
  }

  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_22rem] lg:gap-14">
      <section aria-labelledby="cart-items-heading">
        <h2 id="cart-items-heading" className="sr-only">
          Items in your cart
        </h2>
        {formError && <FormAlert className="mb-4">{formError}</FormAlert>}
        <ul role="list" className="divide-y divide-stone-200 border-y border-stone-200">
          {cart.lines.map((line) => (
            <CartLineItem
              key={line.productId}
              line={line}
              busy={busy}
              onQuantity={(quantity) => setQuantity.mutate({ productId: line.productId, quantity })}
              onRemove={() => removeItem.mutate({ productId: line.productId })}
            />
          ))}
        </ul>
      </section>
      <section
        aria-labelledby="cart-summary-heading"
        className="h-fit rounded-2xl bg-stone-50 p-6 ring-1 ring-stone-200"
      >
        <h2 id="cart-summary-heading" className="text-base font-semibold text-ink">
          Order summary
        </h2>
        <div className="mt-5">
          <OrderTotals subtotal={cart.subtotal} shipping={cart.shipping} total={cart.total} />
        </div>
        {cart.canCheckout ? (
          <Link href="/checkout" className={`${buttonStyles({ size: "lg" })} mt-6 w-full`}>
            Check out
          </Link>
        ) : (
          <p className="mt-6 text-sm text-red-700">
            {cart.problem === "ORDER_TOTAL_TOO_LARGE"
              ? "This is more than one order can total. Lower a quantity, or place several orders."
              : "Fix the items marked above to check out."}
          </p>
        )}
        <p className="mt-4 text-xs leading-5 text-stone-500">
          Prices and stock are checked again when you place the order.
        </p>
      </section>
    </div>
  );
}
