"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { WEAK_PASSWORD_MESSAGE, describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { AccountSection } from "./account-section";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { NewPasswordField } from "@/app/_components/new-password-field";
import { SubmitButton } from "@/app/_components/submit-button";

const messages = {
  fields: {
    WRONG_PASSWORD: { field: "currentPassword", message: "That isn’t your current password." },
    // The code this mistake had before WRONG_PASSWORD; kept so either server version reads right.
    INVALID_CREDENTIALS: { field: "currentPassword", message: "That isn’t your current password." },
    WEAK_PASSWORD: { field: "newPassword", message: WEAK_PASSWORD_MESSAGE },
  },
  form: { UNAUTHENTICATED: "Your session has ended. Sign in again to change your password." },
  fallback: "We could not change your password just now. Please try again.",
};

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: () => {
        formRef.current?.reset();
        void queryClient.invalidateQueries({ queryKey: trpc.account.listSessions.queryKey() });
      },
    }),
  );
  const { fieldErrors, formError } = describeError(change.error, messages);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    change.mutate({
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
    });
  }

  return (
    <AccountSection
      id="password"
      title="Password"
      description="Changing your password signs you out on your other devices."
    >
      <form method="post" ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
        {formError && <FormAlert>{formError}</FormAlert>}
        {change.isSuccess && (
          <FormAlert tone="success">Your password was changed. We signed you out on your other devices.</FormAlert>
        )}
        <FormField
          id="current-password"
          name="currentPassword"
          type="password"
          label="Current password"
          autoComplete="current-password"
          required
          errors={fieldErrors.currentPassword}
        />
        <NewPasswordField id="new-password" name="newPassword" label="New password" errors={fieldErrors.newPassword} />
        <div className="flex justify-end">
          <SubmitButton pending={change.isPending}>Change password</SubmitButton>
        </div>
      </form>
    </AccountSection>
  );
}
