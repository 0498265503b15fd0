"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import type { AdminOrderDetail } from "@/server/order/order-admin.schema";
import type { OrderStatus } from "@/server/order/order.schema";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { Button } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

const actionLabels: Partial<Record<OrderStatus, string>> = {
  FULFILLING: "Start packing",
  SHIPPED: "Mark shipped",
  DELIVERED: "Mark delivered",
  CANCELLED: "Cancel order",
  REFUNDED: "Refund order",
};

// Moves that give money or stock back ask once more, saying what will happen (as the state
// machine defines it: cancelling restocks, refunding after shipping does not).
const confirmations: Partial<Record<OrderStatus, string>> = {
  CANCELLED:
    "Cancel this order? Its items go back into stock, any payment is marked refunded, and the customer is emailed.",
  REFUNDED:
    "Refund this order? Its payment is marked refunded (return the money at the payment provider); stock is not changed.",
};

// Someone else moved the order first: the current status is fetched again and shown.
const staleCodes = ["INVALID_ORDER_TRANSITION", "ORDER_CHANGED_MEANWHILE"];

const messages = {
  form: {
    INVALID_ORDER_TRANSITION:
      "That move isn’t possible any more: the order changed meanwhile. Its current status is shown above.",
    ORDER_CHANGED_MEANWHILE: "The order changed meanwhile. Its current status is shown above.",
  },
  fallback: "The order could not be updated. Please try again.",
};

// Exactly the moves the server's state machine offers from the current status.
export function AdminOrderActions({ order }: { order: AdminOrderDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<OrderStatus | null>(null);
  const [note, setNote] = useState("");
  const orderKey = trpc.admin.orders.get.queryKey({ id: order.id });
  const transition = useMutation(
    trpc.admin.orders.transition.mutationOptions({
      onSuccess: async (next) => {
        queryClient.setQueryData(orderKey, next);
        setNote("");
        await queryClient.invalidateQueries({ queryKey: trpc.admin.orders.list.pathKey() });
      },
      onError: (error) => {
        if (staleCodes.includes(error.data?.domainCode ?? ""))
          void queryClient.invalidateQueries({ queryKey: orderKey });
      },
      onSettled: () => setConfirming(null),
    }),
  );
  const { formError, fieldErrors } = describeError(transition.error, messages);
  if (order.nextStatuses.length === 0)
    return <p className="text-sm text-stone-600">This order is closed: no further changes.</p>;

  const move = (to: OrderStatus) =>
    transition.mutate({ id: order.id, to, ...(note.trim() ? { note: note.trim() } : {}) });
  const question = confirming ? confirmations[confirming] : undefined;

  return (
    <div className="space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      <FormField
        id="transition-note"
        label="Note (optional)"
        hint="Kept in the order’s history, which the customer sees; a shipping note is also emailed to them."
        placeholder="e.g. a tracking number"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        maxLength={500}
        errors={fieldErrors.note}
      />
      {confirming && question ? (
        <div role="group" aria-label="Confirm" className="space-y-3 rounded-xl bg-red-50 p-4 ring-1 ring-red-200">
          <p className="text-sm text-red-900">{question}</p>
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              className="bg-red-600 hover:bg-red-700 disabled:hover:bg-red-600"
              disabled={transition.isPending}
              onClick={() => move(confirming)}
            >
              {transition.isPending && <Spinner />}
              Yes, {actionLabels[confirming]?.toLowerCase()}
            </Button>
            <Button variant="ghost" size="sm" disabled={transition.isPending} onClick={() => setConfirming(null)}>
              Keep it
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          {order.nextStatuses.map((to) => (
            <Button
              key={to}
              size="sm"
              variant={confirmations[to] ? "secondary" : "primary"}
              className={confirmations[to] ? "text-red-700" : ""}
              disabled={transition.isPending}
              onClick={() => (confirmations[to] ? setConfirming(to) : move(to))}
            >
              {transition.isPending && transition.variables?.to === to && <Spinner />}
              {actionLabels[to] ?? to}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
