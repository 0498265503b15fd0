"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { MAX_LINE_QUANTITY } from "@/server/cart/cart-limits";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { FormAlert } from "@/app/_components/form-alert";
import { Button } from "@/app/_components/ui/button";
import { QuantityOptions } from "@/app/(shop)/_components/quantity-options";
import { SubmitButton } from "@/app/_components/submit-button";

const messages = {
  form: {
    OUT_OF_STOCK: "Sorry, this product just sold out.",
    INSUFFICIENT_STOCK: "There isn’t enough stock for that many, counting what is already in your cart.",
    PRODUCT_NOT_FOUND: "This product is no longer sold.",
    QUANTITY_LIMIT_EXCEEDED: "That quantity can’t be added to your cart.",
    CART_CURRENCY_MISMATCH:
      "Your cart holds items priced in another currency. Check out or remove them before adding this.",
    ORDER_TOTAL_TOO_LARGE:
      "That would take your cart over the most one order can total. Lower the quantity, or place several orders.",
  },
  fallback: "We couldn’t add this to your cart. Please try again.",
};

export function AddToCart({ productId, available }: { productId: string; available: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [quantity, setQuantity] = useState(1);
  const addItem = useMutation(
    trpc.cart.addItem.mutationOptions({
      // The answer is the whole cart: the header count updates without another request.
      onSuccess: (cart) => queryClient.setQueryData(trpc.cart.get.queryKey(), cart),
    }),
  );
  const { formError } = describeError(addItem.error, messages);
  const choices = Math.min(available, MAX_LINE_QUANTITY, 10);

  if (available <= 0) {
    return (
      <Button size="lg" disabled className="w-full sm:w-auto">
        Sold out
      </Button>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    addItem.mutate({ productId, quantity });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="quantity" className="block text-sm font-medium text-ink">
            Quantity
          </label>
          <select
            id="quantity"
            value={quantity}
            onChange={(event) => setQuantity(Number(event.target.value))}
            className="mt-1.5 h-12 rounded-xl border border-stone-300 bg-white px-3 text-base text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <QuantityOptions max={choices} />
          </select>
        </div>
        <SubmitButton size="lg" pending={addItem.isPending} className="flex-1 sm:flex-none">
          Add to cart
        </SubmitButton>
      </div>
      {formError && <FormAlert>{formError}</FormAlert>}
      {addItem.isSuccess && !addItem.isPending && (
        <FormAlert tone="success">
          Added to your cart.{" "}
          <Link href="/cart" className="font-medium underline underline-offset-2">
            View cart
          </Link>
        </FormAlert>
      )}
    </form>
  );
}
