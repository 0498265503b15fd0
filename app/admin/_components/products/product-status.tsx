"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/react";
import type { AdminProduct } from "@/server/catalog/product-admin.schema";
import { AdminSection } from "../shell/section";
import { FormAlert } from "@/app/_components/form-alert";
import { Button } from "@/app/_components/ui/button";

// Activate/deactivate, soft delete (with a confirm step) and restore.
export function AdminProductStatus({ product }: { product: AdminProduct }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const saved = {
    onSuccess: async (next: AdminProduct) => {
      queryClient.setQueryData(trpc.admin.products.get.queryKey({ id: next.id }), next);
      await queryClient.invalidateQueries({ queryKey: trpc.admin.products.list.pathKey() });
    },
    onSettled: () => setConfirmingDelete(false),
  };
  const setActive = useMutation(trpc.admin.products.setActive.mutationOptions(saved));
  const remove = useMutation(trpc.admin.products.delete.mutationOptions(saved));
  const restore = useMutation(trpc.admin.products.restore.mutationOptions(saved));
  const busy = setActive.isPending || remove.isPending || restore.isPending;
  const failed = setActive.isError || remove.isError || restore.isError;

  return (
    <AdminSection id="status" title="Visibility" className="space-y-4">
      <p className="text-sm text-stone-600">
        {product.deletedAt
          ? "Deleted: hidden from the shop. Placed orders still show it."
          : product.active
            ? "Active: shoppers can find and buy it."
            : "Inactive: hidden from the shop until activated."}
      </p>
      {failed && <FormAlert>That didn’t work. Reload the page and try again.</FormAlert>}
      <div className="flex flex-wrap gap-3">
        {product.deletedAt ? (
          <Button variant="secondary" size="sm" disabled={busy} onClick={() => restore.mutate({ id: product.id })}>
            Restore
          </Button>
        ) : (
          <>
            <Button
              variant="secondary"
              size="sm"
              disabled={busy}
              onClick={() => setActive.mutate({ id: product.id, active: !product.active })}
            >
              {product.active ? "Deactivate" : "Activate"}
            </Button>
            {confirmingDelete ? (
              <>
                <Button
                  size="sm"
                  disabled={busy}
                  className="bg-red-600 hover:bg-red-700"
                  onClick={() => remove.mutate({ id: product.id })}
                >
                  Yes, delete
                </Button>
                <Button variant="ghost" size="sm" disabled={busy} onClick={() => setConfirmingDelete(false)}>
                  Keep it
                </Button>
              </>
            ) : (
              <Button
                variant="ghost"
                size="sm"
                disabled={busy}
                onClick={() => setConfirmingDelete(true)}
                className="text-red-700"
              >
                Delete
              </Button>
            )}
          </>
        )}
      </div>
    </AdminSection>
  );
}
