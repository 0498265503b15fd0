"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { FormAlert } from "./form-alert";
import { Button } from "./ui/button";
import { Spinner } from "./ui/spinner";

const messages = {
  form: {
    RATE_LIMITED: "You have asked for several links recently. Wait an hour, then try again.",
    EMAIL_ALREADY_VERIFIED: "Your email address is already confirmed. There is nothing more to do.",
  },
  fallback: "We could not send a new link just now. Please try again.",
};

export function ResendVerificationButton({
  label,
  variant = "secondary",
}: {
  label: string;
  variant?: "primary" | "secondary";
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const resend = useMutation(
    trpc.account.resendVerification.mutationOptions({
      onError: (error) => {
        // Already confirmed elsewhere (another tab, another link): show the fresh state.
        if (error.data?.domainCode === "EMAIL_ALREADY_VERIFIED") {
          void queryClient.invalidateQueries({ queryKey: trpc.account.get.queryKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.auth.viewer.queryKey() });
        }
      },
    }),
  );
  const { formError, domainCode } = describeError(resend.error, messages);

  return (
    <div className="space-y-3">
      <Button
        variant={variant}
        size="sm"
        disabled={resend.isPending || resend.isSuccess}
        onClick={() => resend.mutate()}
      >
        {resend.isPending && <Spinner />}
        {label}
      </Button>
      {resend.isSuccess && (
        <FormAlert tone="success">We sent a new link. Check your inbox; it expires in 24 hours.</FormAlert>
      )}
      {formError && (
        <FormAlert tone={domainCode === "EMAIL_ALREADY_VERIFIED" ? "info" : "error"}>{formError}</FormAlert>
      )}
    </div>
  );
}
