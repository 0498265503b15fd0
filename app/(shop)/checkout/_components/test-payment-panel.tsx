"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { FormAlert } from "@/app/_components/form-alert";
import { LocalTime } from "@/app/_components/local-time";
import { OrderTotals } from "@/app/_components/order-totals";
import { Price } from "@/app/_components/price";
import { Button } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

const messages = {
  form: {
    TEST_PAYMENTS_DISABLED: "Test payments are turned off on this server.",
    PAYMENT_PROVIDER_UNREACHABLE: "The test payment could not reach the shop. Please try again in a moment.",
  },
  fallback: "The payment could not be sent. Please try again.",
};

// The built-in test provider: the server signs a Standard Webhooks event and posts it to
// this shop's own webhook endpoint, so the order is paid exactly as a real provider would pay it.
export function TestPaymentPanel({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: order } = useSuspenseQuery(trpc.order.get.queryOptions({ id: orderId }));
  const pay = useMutation(
    trpc.testPayment.pay.mutationOptions({
      onSuccess: async ({ delivered }, { outcome }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.order.get.queryKey({ id: orderId }) });
        // Where a real provider sends the shopper back to: the thank-you page.
        if (delivered && outcome === "succeeded") router.push(`/checkout/confirmation/${orderId}`);
      },
    }),
  );
  const { formError } = describeError(pay.error, messages);
  const answer = pay.data;
  const declined = pay.isSuccess && answer?.delivered && pay.variables.outcome === "failed";
  const busy = pay.isPending || (pay.isSuccess && answer?.delivered && pay.variables.outcome === "succeeded");

  return (
    <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200 sm:p-8">
      <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">Test payment provider</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-ink">Pay for order {order.number}</h1>
      <p className="mt-2 text-sm leading-6 text-stone-600">
        No money moves here. Paying sends a signed payment webhook to this shop, exactly as a real provider would. Pay
        by <LocalTime date={order.paymentExpiresAt} />, or the order is released.
      </p>
      <div className="mt-6 rounded-xl bg-stone-50 p-5 ring-1 ring-stone-200">
        <OrderTotals subtotal={order.subtotal} shipping={order.shipping} total={order.total} />
      </div>
      {formError && <FormAlert className="mt-5">{formError}</FormAlert>}
      {answer && !answer.delivered && (
        <FormAlert className="mt-5">
          The shop refused the payment message (HTTP {answer.status}). Please try again.
        </FormAlert>
      )}
      {declined && (
        <FormAlert className="mt-5">The test card was declined. Your order is still waiting for payment.</FormAlert>
      )}
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <Button
          size="lg"
          className="flex-1"
          disabled={busy}
          onClick={() => pay.mutate({ orderId, outcome: "succeeded" })}
        >
          {busy && <Spinner />}
          Pay <Price price={order.total} />
        </Button>
        <Button
          variant="secondary"
          size="lg"
          disabled={busy}
          onClick={() => pay.mutate({ orderId, outcome: "failed" })}
        >
          Decline payment
        </Button>
      </div>
    </div>
  );
}
