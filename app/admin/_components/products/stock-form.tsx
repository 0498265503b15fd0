"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { z } from "@/server/lib/zod";
import { describeError, type FieldErrors } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { MAX_STOCK, adjustStockInput } from "@/server/catalog/product-admin.schema";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { Button } from "@/app/_components/ui/button";

const messages = {
  fields: {
    STOCK_WOULD_GO_NEGATIVE: { field: "delta", message: "Stock can’t go below zero." },
    STOCK_LIMIT_EXCEEDED: { field: "delta", message: `Stock can be at most ${MAX_STOCK.toLocaleString("en-US")}.` },
  },
  fallback: "The stock could not be changed. Please try again.",
};

// Stock changes only by a signed amount with a reason, so the audit log says why.
export function AdminStockForm({ productId, stock }: { productId: string; stock: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const adjust = useMutation(
    trpc.admin.products.adjustStock.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.admin.products.get.queryKey({ id: saved.id }), saved);
        await queryClient.invalidateQueries({ queryKey: trpc.admin.products.list.pathKey() });
      },
    }),
  );
  const server = describeError(adjust.error, messages);
  const errors = { ...server.fieldErrors, ...clientErrors };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const parsed = adjustStockInput.safeParse({
      id: productId,
      delta: Number(form.get("delta")),
      reason: String(form.get("reason") ?? ""),
    });
    if (!parsed.success) {
      setClientErrors(z.flattenError(parsed.error).fieldErrors);
      return;
    }
    setClientErrors({});
    adjust.mutate(parsed.data, { onSuccess: () => formElement.reset() });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="stock-heading"
      className="space-y-4 rounded-2xl bg-white p-6 ring-1 ring-stone-200"
    >
      <div className="flex items-baseline justify-between">
        <h2 id="stock-heading" className="text-base font-semibold text-ink">
          Stock
        </h2>
        <p className="text-2xl font-semibold text-ink tabular-nums">
          <span className="sr-only">In stock: </span>
          {stock}
        </p>
      </div>
      {server.formError && <FormAlert>{server.formError}</FormAlert>}
      <FormField
        id="delta"
        name="delta"
        label="Change"
        inputMode="numeric"
        hint="e.g. 12 received, -2 damaged"
        errors={errors.delta}
      />
      <FormField id="reason" name="reason" label="Reason" errors={errors.reason} />
      <Button type="submit" variant="secondary" disabled={adjust.isPending}>
        Adjust stock
      </Button>
    </form>
  );
}
