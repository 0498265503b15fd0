"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { FormAlert } from "@/app/_components/form-alert";
import { Button } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

const messages = {
  form: { ORDER_NOT_CANCELLABLE: "This order can no longer be cancelled. It may already be on its way." },
  fallback: "We couldn’t cancel the order. Please try again.",
};

// Asks once more before cancelling: cancelling cannot be undone.
export function CancelOrderButton({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation(
    trpc.order.cancel.mutationOptions({
      onSuccess: (order) => {
        queryClient.setQueryData(trpc.order.get.queryKey({ id: orderId }), order);
        void queryClient.invalidateQueries({ queryKey: trpc.order.list.pathKey() });
      },
      onSettled: () => setConfirming(false),
    }),
  );
  const { formError } = describeError(cancel.error, messages);

  return (
    <div className="space-y-3">
      {formError && <FormAlert>{formError}</FormAlert>}
      {confirming ? (
        <div role="group" aria-label="Confirm cancellation" className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-stone-700">Cancel this order? This can’t be undone.</p>
          <Button
            variant="primary"
            size="sm"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate({ id: orderId })}
            className="bg-red-600 hover:bg-red-700"
          >
            {cancel.isPending && <Spinner />}
            Yes, cancel order
          </Button>
          <Button variant="ghost" size="sm" disabled={cancel.isPending} onClick={() => setConfirming(false)}>
            Keep order
          </Button>
        </div>
      ) : (
        <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
          Cancel order
        </Button>
      )}
    </div>
  );
}
