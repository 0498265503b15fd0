"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { describeError } from "@/app/_lib/describe-error";
import { withNext } from "@/app/(shop)/_lib/with-next";
import { useTRPC } from "@/app/_trpc/react";
import { safeNextPath } from "@/server/http/safe-redirect.schema";
import { AuthCard } from "@/app/(shop)/_components/auth-card";
import { FormAlert } from "@/app/_components/form-alert";
import { InvalidLinkCard } from "@/app/(shop)/_components/invalid-link-card";
import { Button, buttonStyles } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";

const messages = {
  form: { RATE_LIMITED: "Too many attempts from your network. Wait a few minutes, then try again." },
  fallback: "We could not confirm your email just now. Please try again.",
};

// Spends the token only when the person presses the button: mail scanners that open links
// must not confirm an address on their own.
export function VerifyEmailPanel({ token, next }: { token: string; next: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: viewer } = useSuspenseQuery(trpc.auth.viewer.queryOptions());
  const verify = useMutation(
    trpc.auth.verifyEmail.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.auth.viewer.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.account.get.queryKey() });
      },
    }),
  );
  const { formError, domainCode, fieldErrors } = describeError(verify.error, messages);

  if (domainCode === "INVALID_TOKEN" || fieldErrors.token)
    return <InvalidLinkCard kind="verify" signedIn={Boolean(viewer)} />;
  if (verify.isSuccess) {
    return (
      <AuthCard
        title="Your email is confirmed"
        description="Thanks. Your account is all set, and you can check out whenever you are ready."
      >
        <div className="flex flex-wrap gap-3">
          {/* Back where they were going (signed out: through sign-in, which then goes on there). */}
          {next ? (
            <Link href={viewer ? safeNextPath(next, "/") : withNext("/login", next)} className={buttonStyles()}>
              Continue where you left off
            </Link>
          ) : (
            <Link href="/" className={buttonStyles()}>
              Continue shopping
            </Link>
          )}
          <Link href="/account" className={buttonStyles({ variant: "secondary" })}>
            Your account
          </Link>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Confirm your email address"
      description="Press the button below to confirm this email address for your Shopfront account."
    >
      <div className="space-y-5">
        {formError && <FormAlert>{formError}</FormAlert>}
        <Button size="lg" className="w-full" disabled={verify.isPending} onClick={() => verify.mutate({ token })}>
          {verify.isPending && <Spinner />}
          Confirm my email
        </Button>
      </div>
    </AuthCard>
  );
}
