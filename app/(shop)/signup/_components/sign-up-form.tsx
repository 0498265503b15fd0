"use client";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { WEAK_PASSWORD_MESSAGE, describeError } from "@/app/_lib/describe-error";
import { withNext } from "@/app/(shop)/_lib/with-next";
import { useTRPC } from "@/app/_trpc/react";
import { AuthCard } from "@/app/(shop)/_components/auth-card";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { EmailField } from "@/app/(shop)/_components/email-field";
import { TextLink } from "@/app/(shop)/_components/text-link";
import { NewPasswordField } from "@/app/_components/new-password-field";
import { SubmitButton } from "@/app/_components/submit-button";

const messages = {
  fields: { WEAK_PASSWORD: { field: "password", message: WEAK_PASSWORD_MESSAGE } },
  form: { RATE_LIMITED: "Too many sign-ups from your network. Wait a while, then try again." },
  fallback: "We could not create your account just now. Please try again.",
};

// `next`: where the person was going; the confirmation link brings them back there.
export function SignUpForm({ next }: { next: string | null }) {
  const trpc = useTRPC();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const { fieldErrors, formError } = describeError(signUp.error, messages);

  // The same answer whether or not the address already has an account (no account probing):
  // its owner gets an email either way.
  if (signUp.isSuccess) {
    return (
      <AuthCard title="Check your inbox" footer={<TextLink href={withNext("/login", next)}>Back to sign in</TextLink>}>
        <div className="space-y-3 text-sm leading-6 text-stone-700">
          <p>
            We sent an email to <span className="font-medium break-all text-ink">{signUp.variables.email}</span> with a
            link to confirm the address.
          </p>
          <p>
            The link works once and expires in 24 hours. If nothing arrives in a few minutes, check your spam folder.
          </p>
        </div>
      </AuthCard>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signUp.mutate({
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      ...(next ? { next } : {}),
    });
  }

  return (
    <AuthCard
      title="Create an account"
      description="Save your details for faster checkout and keep track of your orders."
      footer={
        <>
          Already have an account? <TextLink href={withNext("/login", next)}>Sign in</TextLink>
        </>
      }
    >
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        {formError && <FormAlert>{formError}</FormAlert>}
        <FormField id="name" name="name" label="Name" autoComplete="name" required errors={fieldErrors.name} />
        <EmailField errors={fieldErrors.email} />
        <NewPasswordField id="password" name="password" label="Password" errors={fieldErrors.password} />
        <SubmitButton size="lg" className="w-full" pending={signUp.isPending}>
          Create account
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
