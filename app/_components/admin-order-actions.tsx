"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import type { AdminOrderDetail } from "@/server/order/order-admin.schema";
import type { OrderStatus } from "@/server/order/order.schema";
import { FormAlert } from "./form-alert";
import { Button } from "./ui/button";
import { Spinner } from "./ui/spinner";

const actionLabels: Partial<Record<OrderStatus, string>> = {
  FULFILLING: "Start packing",
  SHIPPED: "Mark shipped",
  DELIVERED: "Mark delivered",
  CANCELLED: "Cancel order",
  REFUNDED: "Refund order",
};
// Moves that give money back or stop the order ask once more.
const destructive: OrderStatus[] = ["CANCELLED", "REFUNDED"];

const messages = {
  form: {
    INVALID_ORDER_TRANSITION: "That move isn’t allowed from the order’s current status. Reload to see where it is now.",
    CONFLICT: "The order changed meanwhile. Reload it.",
  },
  fallback: "The order could not be updated. Please try again.",
};

// Exactly the moves the server's state machine offers from the current status.
export function AdminOrderActions({ order }: { order: AdminOrderDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<OrderStatus | null>(null);
  const [note, setNote] = useState("");
  const transition = useMutation(
    trpc.admin.orders.transition.mutationOptions({
      onSuccess: async (next) => {
        queryClient.setQueryData(trpc.admin.orders.get.queryKey({ id: next.id }), next);
        setNote("");
        await queryClient.invalidateQueries({ queryKey: trpc.admin.orders.list.pathKey() });
      },
      onSettled: () => setConfirming(null),
    }),
  );
  const { formError } = describeError(transition.error, messages);
  if (order.nextStatuses.length === 0) return <p className="text-sm text-stone-600">This order is closed: no further changes.</p>;

  const move = (to: OrderStatus) => transition.mutate({ id: order.id, to, ...(note.trim() ? { note: note.trim() } : {}) });

  return (
    <div className="space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      <div>
        <label htmlFor="transition-note" className="block text-sm font-medium text-ink">
          Note (optional)
        </label>
        <input
          id="transition-note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={500}
          placeholder="e.g. a tracking number; shown to the customer when shipping"
          className="mt-1.5 block h-11 w-full rounded-xl border border-stone-300 bg-white px-3.5 text-sm text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600"
        />
      </div>
      <div className="flex flex-wrap gap-3">
        {order.nextStatuses.map((to) =>
          confirming === to ? (
            <div key={to} role="group" aria-label="Confirm" className="flex flex-wrap items-center gap-2">
              <Button size="sm" className="bg-red-600 hover:bg-red-700" disabled={transition.isPending} onClick={() => move(to)}>
                {transition.isPending && <Spinner />}
                Yes, {actionLabels[to]?.toLowerCase()}
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setConfirming(null)}>
                Keep it
              </Button>
            </div>
          ) : (
            <Button
              key={to}
              size="sm"
              variant={destructive.includes(to) ? "secondary" : "primary"}
              disabled={transition.isPending}
              onClick={() => (destructive.includes(to) ? setConfirming(to) : move(to))}
            >
              {transition.isPending && transition.variables?.to === to && <Spinner />}
              {actionLabels[to] ?? to}
            </Button>
          ),
        )}
      </div>
    </div>
  );
}
