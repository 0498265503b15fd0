"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { z } from "@/server/lib/zod";
import { shippingAddressSchema } from "@/server/checkout/checkout.schema";
import { describeError, type FieldErrors } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { CheckoutReview } from "./checkout-review";
import { FormAlert } from "@/app/_components/form-alert";
import { ShippingAddressFields } from "./shipping-address-fields";
import { buttonStyles } from "@/app/_components/ui/button";
import { SubmitButton } from "@/app/_components/submit-button";

const messages = {
  form: {
    OUT_OF_STOCK: "Something in your cart just sold out. Your cart has been updated; review it and try again.",
    CART_EMPTY: "Your cart is empty.",
    CHECKOUT_IN_PROGRESS: "Your order is already being placed. Give it a moment.",
    IDEMPOTENCY_KEY_REUSED: "This checkout was already used for a different order. Reload the page to start again.",
    EMAIL_NOT_VERIFIED: "Confirm your email address before checking out.",
    CART_CURRENCY_MISMATCH:
      "Your cart holds items priced in different currencies. Review your cart and keep one currency.",
    ORDER_TOTAL_TOO_LARGE:
      "This is more than one order can total. Lower a quantity in your cart, or place several orders.",
  },
  fallback: "We couldn’t place your order. Nothing was charged; please try again.",
};

function readAddress(form: FormData) {
  const value = (name: string) => String(form.get(name) ?? "");
  const line2 = value("line2").trim();
  const region = value("region");
  return {
    fullName: value("fullName"),
    line1: value("line1"),
    ...(line2 ? { line2 } : {}),
    city: value("city"),
    ...(region ? { region } : {}),
    postalCode: value("postalCode"),
    country: value("country"),
  };
}

export function CheckoutForm({ defaultName }: { defaultName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: cart } = useSuspenseQuery(trpc.cart.get.queryOptions());
  // One key per checkout attempt: a double click, a retry after a timeout or a resubmitted
  // form all carry it, so the server places at most one order for them.
  const idempotencyKey = useRef(crypto.randomUUID());
  const [addressErrors, setAddressErrors] = useState<FieldErrors>({});
  const placeOrder = useMutation(
    trpc.checkout.placeOrder.mutationOptions({
      onSuccess: async ({ orderId }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });
        router.push(`/checkout/pay/${orderId}`);
      },
      // Stock moved under the shopper: show the cart as it is now.
      onError: (error) => {
        if (error.data?.domainCode === "OUT_OF_STOCK")
          void queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });
      },
    }),
  );
  const { formError } = describeError(placeOrder.error, messages);
  const busy = placeOrder.isPending || placeOrder.isSuccess;

  if (cart.lines.length === 0 && !busy) {
    return (
      <div className="rounded-2xl border border-dashed border-stone-300 px-6 py-16 text-center">
        <p className="text-base font-medium text-ink">Your cart is empty</p>
        <Link href="/products" className={`${buttonStyles({ variant: "secondary" })} mt-6`}>
          Browse products
        </Link>
      </div>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Checked here first for field-level messages; the server checks the same schema again.
    const parsed = shippingAddressSchema.safeParse(readAddress(new FormData(event.currentTarget)));
    if (!parsed.success) {
      setAddressErrors(z.flattenError(parsed.error).fieldErrors);
      return;
    }
    setAddressErrors({});
    placeOrder.mutate({ idempotencyKey: idempotencyKey.current, shippingAddress: parsed.data });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-10 lg:grid-cols-[1fr_22rem] lg:gap-14">
      <div className="space-y-6">
        {formError && <FormAlert>{formError}</FormAlert>}
        <ShippingAddressFields
          errors={addressErrors}
          defaultName={defaultName}
          onCountryChange={() =>
            setAddressErrors(({ country: _country, region: _region, postalCode: _postalCode, ...others }) => others)
          }
        />
      </div>
      <div className="space-y-5">
        <CheckoutReview cart={cart} />
        {!cart.canCheckout && (
          <FormAlert>
            Some items can’t be bought as they are.{" "}
            <Link href="/cart" className="font-medium underline">
              Review your cart
            </Link>
          </FormAlert>
        )}
        <SubmitButton size="lg" className="w-full" pending={busy} disabled={!cart.canCheckout}>
          Place order
        </SubmitButton>
        <p className="text-xs leading-5 text-stone-500">
          You pay on the next step. Stock is held for you while payment is pending.
        </p>
      </div>
    </form>
  );
}
