"use client";
import { useMutation } from "@tanstack/react-query";
import { useEffect, type FormEvent } from "react";
import { hasSessionHint, markSessionFresh, refreshSession } from "@/app/_lib/session-refresh";
import { useTRPC } from "@/app/_trpc/react";
import { safeNextPath } from "@/server/http/safe-redirect.schema";
import { FormField } from "@/app/_components/form-field";
import { EmailField } from "@/app/(shop)/_components/email-field";
import { SubmitButton } from "@/app/_components/submit-button";

// Messages by domain code; the server's message text is never shown or matched.
const formErrors: Record<string, string> = {
  INVALID_CREDENTIALS: "That email and password combination is incorrect. Check both and try again.",
  // Sent only after the password was verified, so it tells nothing to someone guessing.
  ACCOUNT_DISABLED: "This account has been disabled. Contact the shop if you think this is a mistake.",
  RATE_LIMITED: "Too many sign-in attempts. Wait a minute, then try again.",
};

export function LoginForm({ next }: { next: string | null }) {
  const trpc = useTRPC();
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      // A full navigation, so middleware and server components see the new cookie.
      onSuccess: () => {
        markSessionFresh();
        window.location.assign(safeNextPath(next));
      },
    }),
  );
  // Sent here because the access token expired, while the refresh token is still good: resume
  // the session silently instead of asking for the password again.
  useEffect(() => {
    if (!hasSessionHint()) return;
    void refreshSession().then((renewed) => {
      if (renewed) window.location.assign(safeNextPath(next));
    });
  }, [next]);

  // The error formatter flattens any zod error, so its type does not know this form's fields.
  const fieldErrors: Partial<Record<string, string[]>> | undefined = signIn.error?.data?.zodError?.fieldErrors;
  const domainCode = signIn.error?.data?.domainCode;
  const formError =
    !signIn.error || fieldErrors
      ? null
      : (formErrors[domainCode ?? ""] ?? "We could not sign you in just now. Please try again.");
  const busy = signIn.isPending || signIn.isSuccess;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signIn.mutate({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
  }

  return (
    // POST, so a submit before hydration never puts the password in a URL (history, logs).
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
      {formError && (
        <div role="alert" className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {formError}
        </div>
      )}
      <EmailField errors={fieldErrors?.email} />
      <FormField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        errors={fieldErrors?.password}
      />
      <SubmitButton size="lg" className="w-full" pending={busy}>
        Sign in
      </SubmitButton>
    </form>
  );
}
