"use client";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { describeError } from "@/app/_lib/describe-error";
import { withNext } from "@/app/(shop)/_lib/with-next";
import { useTRPC } from "@/app/_trpc/react";
import { AuthCard } from "@/app/(shop)/_components/auth-card";
import { FormAlert } from "@/app/_components/form-alert";
import { EmailField } from "@/app/(shop)/_components/email-field";
import { TextLink } from "@/app/(shop)/_components/text-link";
import { SubmitButton } from "@/app/_components/submit-button";

const messages = {
  form: { RATE_LIMITED: "Too many reset requests. Wait a while, then try again." },
  fallback: "We could not send a reset link just now. Please try again.",
};

// `next`: where the person was going; the reset link brings them back there.
export function ForgotPasswordForm({ next }: { next: string | null }) {
  const backToSignIn = <TextLink href={withNext("/login", next)}>Back to sign in</TextLink>;
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const { fieldErrors, formError } = describeError(request.error, messages);

  // Worded so it never confirms whether the address has an account.
  if (request.isSuccess) {
    return (
      <AuthCard title="Check your inbox" footer={backToSignIn}>
        <div className="space-y-3 text-sm leading-6 text-stone-700">
          <p>If an account exists for that email, we sent a link to choose a new password.</p>
          <p>
            The link works once and expires in one hour. If nothing arrives in a few minutes, check your spam folder.
          </p>
        </div>
      </AuthCard>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate({ email: String(new FormData(event.currentTarget).get("email") ?? ""), ...(next ? { next } : {}) });
  }

  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter the email you signed up with and we’ll send you a link to choose a new password."
      footer={backToSignIn}
    >
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {formError && <FormAlert>{formError}</FormAlert>}
        <EmailField errors={fieldErrors.email} />
        <SubmitButton size="lg" className="w-full" pending={request.isPending}>
          Send reset link
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
