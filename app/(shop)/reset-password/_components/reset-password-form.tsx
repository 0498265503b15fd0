"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import type { FormEvent } from "react";
import { WEAK_PASSWORD_MESSAGE, describeError } from "@/app/_lib/describe-error";
import { forgetSession, hasSessionHint } from "@/app/_lib/session-refresh";
import { signOut } from "@/app/_lib/sign-out";
import { withNext } from "@/app/(shop)/_lib/with-next";
import { useTRPC } from "@/app/_trpc/react";
import { AuthCard } from "@/app/(shop)/_components/auth-card";
import { FormAlert } from "@/app/_components/form-alert";
import { InvalidLinkCard } from "@/app/(shop)/_components/invalid-link-card";
import { buttonStyles } from "@/app/_components/ui/button";
import { NewPasswordField } from "@/app/_components/new-password-field";
import { SubmitButton } from "@/app/_components/submit-button";

const messages = {
  fields: { WEAK_PASSWORD: { field: "password", message: WEAK_PASSWORD_MESSAGE } },
  form: { RATE_LIMITED: "Too many attempts from your network. Wait a few minutes, then try again." },
  fallback: "We could not change your password just now. Please try again.",
};

export function ResetPasswordForm({ token, next }: { token: string; next: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      // The server ended every session, but an access cookie here would still read as signed
      // in for a few minutes (and /login would bounce to /account): clear it now.
      onSuccess: async () => {
        if (!hasSessionHint()) return;
        forgetSession();
        await signOut().catch(() => undefined);
        await queryClient.invalidateQueries({ queryKey: trpc.auth.viewer.queryKey() });
      },
    }),
  );
  const { fieldErrors, formError, domainCode } = describeError(reset.error, messages);

  if (domainCode === "INVALID_TOKEN" || fieldErrors.token) return <InvalidLinkCard kind="reset" signedIn={false} />;
  if (reset.isSuccess) {
    return (
      <AuthCard
        title="Password changed"
        description="Your password was changed. Sign in with your new password. For your security, we signed you out on every device."
      >
        <Link href={withNext("/login", next)} className={buttonStyles()}>
          Sign in
        </Link>
      </AuthCard>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset.mutate({ token, password: String(new FormData(event.currentTarget).get("password") ?? "") });
  }

  return (
    <AuthCard title="Choose a new password" description="Pick a password you don’t use anywhere else.">
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        {formError && <FormAlert>{formError}</FormAlert>}
        <NewPasswordField id="password" name="password" label="New password" errors={fieldErrors.password} />
        <SubmitButton size="lg" className="w-full" pending={reset.isPending}>
          Set new password
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
