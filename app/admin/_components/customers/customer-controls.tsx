"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import type { CustomerDetail } from "@/server/account/customer-admin.schema";
import { FormAlert } from "@/app/_components/form-alert";
import { Button } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

const messages = {
  form: {
    CANNOT_CHANGE_OWN_ACCOUNT: "You can’t change your own role or disable your own account. Ask another staff member.",
  },
  fallback: "The account could not be changed. Please try again.",
};

type Pending = { kind: "role"; role: "USER" | "ADMIN" } | { kind: "disable"; disabled: boolean } | null;

// Role and access changes, each confirmed once before it happens.
export function AdminCustomerControls({ customer, isSelf }: { customer: CustomerDetail; isSelf: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending>(null);
  const saved = {
    onSuccess: async (next: CustomerDetail) => {
      queryClient.setQueryData(trpc.admin.customers.get.queryKey({ id: next.id }), next);
      await queryClient.invalidateQueries({ queryKey: trpc.admin.customers.list.pathKey() });
    },
    onSettled: () => setPending(null),
  };
  const changeRole = useMutation(trpc.admin.customers.changeRole.mutationOptions(saved));
  const setDisabled = useMutation(trpc.admin.customers.setDisabled.mutationOptions(saved));
  const { formError } = describeError(changeRole.error ?? setDisabled.error, messages);
  const busy = changeRole.isPending || setDisabled.isPending;
  if (isSelf)
    return (
      <p className="text-sm text-stone-600">
        This is your own account: another staff member can change its role or access.
      </p>
    );

  const otherRole = customer.role === "ADMIN" ? "USER" : "ADMIN";
  // Removing staff access or disabling takes something away: those confirmations are red.
  const takesAccess =
    (pending?.kind === "role" && pending.role === "USER") || (pending?.kind === "disable" && pending.disabled);
  const question =
    pending?.kind === "role"
      ? pending.role === "ADMIN"
        ? `Make ${customer.name} staff? They will be able to run the whole shop.`
        : `Remove ${customer.name}’s staff access? It ends at once.`
      : pending?.kind === "disable"
        ? pending.disabled
          ? `Disable ${customer.name}? They are signed out everywhere and can’t sign in.`
          : `Enable ${customer.name} again?`
        : null;

  return (
    <div className="space-y-4">
      {formError && <FormAlert>{formError}</FormAlert>}
      {question ? (
        <div
          role="group"
          aria-label="Confirm"
          className={`space-y-3 rounded-xl p-4 ring-1 ${takesAccess ? "bg-red-50 ring-red-200" : "bg-stone-50 ring-stone-200"}`}
        >
          <p className={`text-sm ${takesAccess ? "text-red-900" : "text-stone-700"}`}>{question}</p>
          <div className="flex gap-2">
            <Button
              size="sm"
              className={takesAccess ? "bg-red-600 hover:bg-red-700 disabled:hover:bg-red-600" : ""}
              disabled={busy}
              onClick={() =>
                pending?.kind === "role"
                  ? changeRole.mutate({ id: customer.id, role: pending.role })
                  : pending?.kind === "disable" && setDisabled.mutate({ id: customer.id, disabled: pending.disabled })
              }
            >
              {busy && <Spinner />}
              Confirm
            </Button>
            <Button variant="ghost" size="sm" disabled={busy} onClick={() => setPending(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            Staff can run the whole shop. A disabled account is signed out on every device at once and can’t sign in.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" size="sm" onClick={() => setPending({ kind: "role", role: otherRole })}>
              {otherRole === "ADMIN" ? "Make staff" : "Remove staff access"}
            </Button>
            <Button
              variant="secondary"
              size="sm"
              className={customer.disabledAt ? "" : "text-red-700"}
              onClick={() => setPending({ kind: "disable", disabled: !customer.disabledAt })}
            >
              {customer.disabledAt ? "Enable account" : "Disable account"}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
